#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "kzgraph/graph.h"
#include "text/text.h"

using namespace kzgraph;

namespace {

struct Analyzed {
  Article article;
  text::Document doc;
  std::vector<std::string> sentences;
  std::string all;  // every sentence, one per line
};

Analyzed Run(const std::string& page) {
  Analyzed r;
  r.article.text = page;
  text::Analyze(r.article, &r.doc);
  for (const Sentence& s : r.doc.sentences) {
    r.sentences.push_back(text::SpanText(r.article, r.doc, s.span));
    r.all += r.sentences.back() + "\n";
  }
  return r;
}

bool Has(const Analyzed& r, const std::string& needle) {
  return r.all.find(needle) != std::string::npos;
}

const std::string kBody =
    "Le président a déclaré lundi que la situation était sous contrôle dans tout le pays.\n\n"
    "Les troupes étrangères quitteront le territoire après la fin de leur mission, a-t-il dit.\n\n";

}  // namespace

TEST_CASE("Navigation, banners and counters above the headline are dropped", "[text]") {
  Analyzed r =
      Run("Accueil Dernières minutes L'International Le président parle...\n\n"
          "www.example-news.com\n#Solidarité_Totale\nLogo Journal du Soir\n\n"
          "Monde > Asie > Kazakhstan\n\n"
          "Le président kazakh rassure la population\n\n31\n0\n\n" +
          kBody);
  CHECK(r.doc.title == "Le président kazakh rassure la population");
  REQUIRE(!r.doc.blocks.empty());
  CHECK(r.doc.blocks[0].role == "title");
  CHECK(r.doc.blocks[1].role == "lead");
  CHECK_FALSE(Has(r, "Accueil"));
  CHECK_FALSE(Has(r, "example-news"));
  CHECK_FALSE(Has(r, "Solidarité"));
  CHECK_FALSE(Has(r, "Logo"));
  CHECK_FALSE(Has(r, "Monde >"));
  CHECK_FALSE(Has(r, "31"));
  CHECK(Has(r, "sous contrôle"));
}

TEST_CASE("Teasers, bylines and share lines inside the article are dropped", "[text]") {
  Analyzed r =
      Run("Un titre assez long pour être un titre\n\n"
          "Auteur : Jean Dupont | Editeur : Paul | Jeudi, 06 Janv. 2022 - 16h28\n\n" +
          kBody +
          "Lire aussi: Un autre sujet sans rapport avec l'article.\n\n"
          "Temps de lecture: 2 min\n\n"
          "Les manifestations ont repris dans la soirée selon plusieurs témoins.\n\n"
          "- Source : Agence Untel\n\n"
          "Read more: Something else entirely.\n");
  CHECK_FALSE(Has(r, "Auteur"));
  CHECK_FALSE(Has(r, "autre sujet"));
  CHECK_FALSE(Has(r, "Temps de lecture"));
  CHECK_FALSE(Has(r, "Agence Untel"));
  CHECK_FALSE(Has(r, "Something else"));
  CHECK(Has(r, "Les manifestations ont repris dans la soirée selon plusieurs témoins."));
  CHECK(r.doc.date == "2022-01-06");
}

TEST_CASE("Comments and the trailing site chrome are dropped", "[text]") {
  Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody +
                   "1 Commentaire\n\n"
                   "  • Posté par ADAM Jean, lundi 10 janvier 2022, 14:23\n\n"
                   "    Un lecteur écrit un long commentaire. Il cite Churchill et Daladier à "
                   "propos de Munich.\n");
  CHECK_FALSE(Has(r, "Commentaire"));
  CHECK_FALSE(Has(r, "Posté par"));
  CHECK_FALSE(Has(r, "Churchill"));
  CHECK(r.doc.date.empty());  // never from a comment
  Analyzed r2 = Run("Un titre assez long pour être un titre\n\n" + kBody +
                    "Cela peut vous intéresser\n\nUn autre article. Encore un.\n\n"
                    "Commentaires\n\nEnvoyer votre commentaire avec :\n\nRecherche\nLoading...\n");
  CHECK_FALSE(Has(r2, "autre article"));
  CHECK_FALSE(Has(r2, "Loading"));
  Analyzed r3 = Run("Un titre assez long pour être un titre\n\n" + kBody +
                    "Article précédentLa Corée du Sud affirme des choses.\n"
                    "Article suivantJoao Felix : « Nous avons besoin des points ».\n");
  CHECK_FALSE(Has(r3, "Corée"));
  CHECK_FALSE(Has(r3, "Joao"));
  // Short labels after the last paragraph, without a sentence end.
  Analyzed r4 = Run("Un titre assez long pour être un titre\n\n" + kBody +
                    "La Une Tous\n\nDécouvrir\n\nTous les jobs\n");
  CHECK_FALSE(Has(r4, "Découvrir"));
  CHECK_FALSE(Has(r4, "jobs"));
  CHECK(Has(r4, "a-t-il dit."));
}

TEST_CASE("A tail phrase before the body only drops its own line", "[text]") {
  Analyzed r = Run("Commentaires\n\nUn titre assez long pour être un titre\n\n" + kBody);
  CHECK(r.doc.title == "Un titre assez long pour être un titre");
  CHECK(Has(r, "sous contrôle"));
}

TEST_CASE("Title and quote roles, all-caps and quote-continuation lines are content", "[text]") {
  Analyzed r =
      Run("Le bloc accepte le déploiement de troupes\n\n"
          "Il y a quelques heures, le président a demandé une aide militaire au bloc régional.\n\n"
          "LE PRÉSIDENT DÉCLARE QUE LES PROTESTATIONS SONT UNE AGRESSION : TASS\n\n"
          "« Je pense que tendre la main est approprié », a déclaré le président.\n\n"
          "Leur objectif est apparu clairement (...). Il s’agissait d’un coup d’Etat », a indiqué "
          "Kassym-Jomart Tokaïev lors d’une réunion.\n");
  REQUIRE(r.doc.blocks.size() == 5);
  CHECK(r.doc.blocks[2].role == "paragraph");
  CHECK(r.doc.blocks[3].role == "quote");
  CHECK(Has(r, "LE PRÉSIDENT DÉCLARE"));
  CHECK(Has(r,
            "Il s’agissait d’un coup d’Etat », a indiqué Kassym-Jomart Tokaïev lors d’une "
            "réunion."));
}

TEST_CASE("Publication dates in French and English forms", "[text]") {
  auto date = [](const std::string& line) {
    return Run("Un titre assez long pour être un titre\n\n" + line + "\n\n" + kBody).doc.date;
  };
  CHECK(date("Jeudi, 06 Janv. 2022 - 16h28") == "2022-01-06");
  CHECK(date("lundi 10 janvier 2022") == "2022-01-10");
  CHECK(date("Publié le 1er février 2022 à 10h") == "2022-02-01");
  CHECK(date("Jan. 7, 2022") == "2022-01-07");
  CHECK(date("January 7, 2022") == "2022-01-07");
  CHECK(date("2022-01-07") == "2022-01-07");
  CHECK(date("10/01/2022") == "2022-01-10");
  CHECK(date("By Jane Roe | Reuters | 01/13/2022") == "2022-01-13");
  // Day and month only: kept apart, the year is left to a later fallback.
  Analyzed r = Run(
      "Un titre assez long pour être un titre\n\nParis :, 7 janv. (Cinktank.com) –\n\n" + kBody);
  CHECK(r.doc.date.empty());
  CHECK(r.doc.date_month_day == "01-07");
  CHECK_FALSE(Has(r, "Cinktank"));
  // The header's scrape date loses to the article's own byline date.
  Analyzed h =
      Run("www.site.example\nVendredi, 19 Avr. 2024\n\nUn titre assez long pour être un titre\n\n"
          "Auteur : X | Editeur : Y | Jeudi, 06 Janv. 2022 - 16h28\n\n" +
          kBody);
  CHECK(h.doc.date == "2022-01-06");
  // A full date in the text is a fallback; a weekday alone gives nothing.
  CHECK(Run("Un titre assez long pour être un titre\n\nLa réunion, tenue le 10 janvier 2022 à "
            "Moscou, a duré deux heures.\n")
            .doc.date == "2022-01-10");
  Analyzed none = Run("Un titre assez long pour être un titre\n\nIl a parlé vendredi.\n");
  CHECK(none.doc.date.empty());
  CHECK(none.doc.date_month_day.empty());
  // A date the input already carries (JSONL) wins.
  Article a;
  a.text = "Un titre assez long pour être un titre\n\nlundi 10 janvier 2022\n\n" + kBody;
  a.date = "2021-12-31";
  text::Document d;
  text::Analyze(a, &d);
  CHECK(d.date == "2021-12-31");
}

TEST_CASE("HTML pages: markup blanked in place, spans into the original bytes", "[text]") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Site - Titre</title>"
      "<meta property=\"article:published_time\" content=\"2022-01-07T08:00:00Z\">"
      "<script>var x = \"<p>pas du texte</p>\";</script><style>p{}</style></head><body>"
      "<nav>Accueil Monde</nav><h1>Le pr&eacute;sident d&eacute;nonce un coup d&rsquo;Etat</h1>"
      "<!-- a comment -->"
      "<p>Le <b>président</b> a parlé lundi &amp; mardi. Il a dit «&nbsp;non&nbsp;».</p>"
      "<footer>Tous droits réservés</footer></body></html>";
  Analyzed r = Run(html);
  CHECK(r.doc.title == "Le président dénonce un coup d’Etat");
  CHECK(r.doc.date == "2022-01-07");
  CHECK_FALSE(Has(r, "pas du texte"));
  CHECK_FALSE(Has(r, "Accueil"));
  CHECK_FALSE(Has(r, "droits"));
  CHECK_FALSE(Has(r, "comment"));
  CHECK(Has(r, "Le président a parlé lundi & mardi."));
  // Every span points into the original page: the token "président" spans
  // "<b>président" minus the tag, i.e. the bytes of the word itself.
  bool found = false;
  for (const auto& sentence : r.doc.tokens) {
    for (const text::Token& t : sentence) {
      if (t.fold == "president" &&
          html.substr(t.span.begin, t.span.end - t.span.begin) == "président") {
        found = true;
      }
    }
  }
  CHECK(found);
  for (const Sentence& s : r.doc.sentences) {
    CHECK(s.span.end <= html.size());
    CHECK(html[s.span.begin] != '<');
  }
}

TEST_CASE("The samples keep their paragraphs and lose the chrome", "[text]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(KZGRAPH_SOURCE_DIR) / "samples" / "kz";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 5);
  std::vector<Analyzed> runs;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    runs.push_back(Run(buf.str()));
    for (const char* banned : {"Article précédent", "Carlos Moya", "Posté par", "Lire aussi",
                               "Trump retire", "Corée du Sud", "Villarreal", "Perspectives med",
                               "Palestine", "Walt", "Commentaire", "Loading", "Recommandé"}) {
      INFO(f.filename().string() << ": " << banned);
      CHECK_FALSE(Has(runs.back(), banned));
    }
    for (const Sentence& s : runs.back().doc.sentences) {
      CHECK(s.span.end <= runs.back().article.text.size());
    }
    // The tokenizer's fast fold agrees with FoldName on every token.
    const std::string& text = runs.back().article.text;
    for (const auto& sentence : runs.back().doc.tokens) {
      for (const text::Token& t : sentence) {
        const std::string surface = text.substr(t.span.begin, t.span.end - t.span.begin);
        INFO(surface);
        CHECK(t.fold == FoldName(surface));
      }
    }
  }
  CHECK(Has(runs[0], "a qualifié la vague de manifestations au Kazakhstan"));
  CHECK(Has(runs[0], "pour nous battre (…). Nous sommes là pour les aider"));
  CHECK(Has(runs[0], ", a affirmé M. Lukashenko."));
  CHECK(Has(runs[1], "LE PRÉSIDENT KAZAKH DÉCLARE QUE LES PROTESTATIONS SONT UNE AGRESSION"));
  CHECK(Has(runs[1], "Il existe également des preuves de"));
  CHECK(Has(runs[2], "V. Poutine a ainsi affirmé que les forces russes"));
  CHECK(Has(runs[2], "a-t-il prévenu."));
  CHECK(Has(runs[3], "Il a précisé que 2.030 hommes ont été déployés"));
  CHECK(Has(runs[3], "depuis les années 2000."));
  CHECK(Has(runs[4], "Le secrétaire d’État américain, Antony Blinken"));
  CHECK(Has(runs[4], "3 811 personnes arrêtées"));
  CHECK(runs[0].doc.title.rfind("M. Loukachenko défend", 0) == 0);
  CHECK(runs[1].doc.date == "2022-01-06");
  CHECK(runs[0].doc.date_month_day == "01-07");
  CHECK(runs[2].doc.date_month_day == "01-10");
  CHECK(runs[4].doc.date.empty());
}

TEST_CASE("Comment headers with counts end the article", "[text]") {
  for (const char* header : {"Commentaires (2)", "Commentaires (146) - Les plus récents",
                             "Vos réactions (2)", "Réactions (3)", "Comments (4)", "3 commentaires",
                             "Laisser un commentaire", "Leave a comment"}) {
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + header +
                     "\nPaul V. : Et Xi Jinping dans tout ça ? La Chine soutient Poutine.\n");
    INFO(header);
    CHECK_FALSE(Has(r, "Xi Jinping"));
    CHECK_FALSE(Has(r, header));
    CHECK(Has(r, "a-t-il dit."));
  }
}

TEST_CASE("A bare section heading followed by article prose is not a comments header", "[text]") {
  const std::string prose =
      "Pékin s'est aligné sur Moscou dès le lendemain. Le ministre chinois a salué "
      "l'intervention de l'alliance dans un message au président kazakh.\n";
  for (const char* heading : {"Réactions", "Reactions", "Commentaires"}) {
    INFO(heading);
    Analyzed section =
        Run("Un titre assez long pour être un titre\n\n" + kBody + heading + "\n\n" + prose);
    CHECK(Has(section, "Pékin s'est aligné"));
    CHECK_FALSE(Has(section, heading + std::string("\n")));
    // The same heading followed by "name: text" still ends the article.
    Analyzed comments = Run("Un titre assez long pour être un titre\n\n" + kBody + heading +
                            "\nPaul V. : " + prose);
    CHECK_FALSE(Has(comments, "Pékin"));
    // And followed by a one-line reader remark.
    Analyzed remark = Run("Un titre assez long pour être un titre\n\n" + kBody + heading +
                          "\nBravo, enfin du courage !\n");
    CHECK_FALSE(Has(remark, "Bravo"));
  }
}

TEST_CASE(
    "A short label over a bulleted list of links drops both, a list the prose announces stays",
    "[text]") {
  for (const char* label :
       {"Also on The Horn & Nile Review", "Nos dernières vidéos", "Related briefs"}) {
    INFO(label);
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + label +
                     "\n\u2192 Kenya : Raila Odinga renonce aux manifestations\n"
                     "- Ethiopia: Abiy Ahmed meets TPLF leaders\n\n"
                     "Le ministre a ajouté que les discussions reprendraient demain.\n");
    CHECK_FALSE(Has(r, label));
    CHECK_FALSE(Has(r, "Odinga"));
    CHECK_FALSE(Has(r, "Abiy"));
    CHECK(Has(r, "reprendraient demain"));
  }
  // "Les contingents annoncés :" ends with a colon: the prose introduces its list.
  Analyzed listed = Run("Un titre assez long pour être un titre\n\n" + kBody +
                        "Les contingents annoncés :\n- Russie : 3 000 parachutistes\n"
                        "- Biélorussie : 500 soldats\n\n"
                        "Le ministre a ajouté que les discussions reprendraient demain.\n");
  CHECK(Has(listed, "Russie"));
  CHECK(Has(listed, "Biélorussie"));
  // One bullet is no list.
  Analyzed single = Run("Un titre assez long pour être un titre\n\n" + kBody +
                        "Le point sur la situation\n- Russie : 3 000 parachutistes\n\n"
                        "Le ministre a ajouté que les discussions reprendraient demain.\n");
  CHECK(Has(single, "Russie"));
}

TEST_CASE("Comment signatures end the article even without a header", "[text]") {
  for (const char* signature : {"Jean-Luc B. a écrit :", "JohnR_1984 wrote:", "user123 · 2 h",
                                "Marie · il y a 3 heures", "Posted by kofi_b"}) {
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + signature +
                     "\nBravo à Boris Johnson qui a été le premier à envoyer des armes.\n");
    INFO(signature);
    CHECK_FALSE(Has(r, "Boris Johnson"));
  }
  // A short line introducing a quotation is not a signature.
  for (const char* intro : {"Le président a écrit :", "As the Guardian wrote:"}) {
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + intro +
                     "\n« Nous ne céderons pas », a-t-il conclu devant la presse.\n");
    INFO(intro);
    CHECK(Has(r, "a-t-il conclu devant la presse."));
  }
  // A dateline with an hour is not a signature: its date is kept.
  Analyzed d =
      Run("Un titre assez long pour être un titre\n\nLundi 19 février 2024 - 20 h\n\n" + kBody);
  CHECK(d.doc.date == "2024-02-19");
  CHECK(Has(d, "a-t-il dit."));
}

TEST_CASE("English and French section labels are chrome", "[text]") {
  const std::string en_body =
      "The president said on Monday that the situation was under control across the country.\n\n"
      "Foreign troops will leave once their mission is over, he told reporters in the capital.\n\n";
  // Sections that end the article: what follows them is dropped too.
  for (const char* label : {"RELATED",
                            "RELATED COVERAGE",
                            "TRENDING",
                            "MOST READ",
                            "More from Reuters",
                            "Recommended",
                            "Next: Another story",
                            "Previous: Another story",
                            "Up next",
                            "NEXT STORY",
                            "Sign up for our newsletter",
                            "Copyright © 2023 Example Media",
                            "© 2023 Tous droits réservés. Reproduction interdite.",
                            "All rights reserved.",
                            "Sur le même sujet",
                            "Abonnez-vous",
                            "Newsletter",
                            "Pour aller plus loin",
                            "Rubriques liées",
                            "Articles liés",
                            "Dépêche suivanteLe Sénégal en deuil",
                            "Dépêche précédente",
                            "You might also like",
                            "More on this story"}) {
    Analyzed r = Run("A headline long enough to be one\n\n" + en_body + label +
                     "\nSenegal's Ousmane Sonko hospitalized during hunger strike\n");
    INFO(label);
    CHECK_FALSE(Has(r, "Sonko"));
    CHECK(Has(r, "in the capital."));
  }
  // Lines dropped alone: the article goes on after them.
  for (const char* label : {"Read more: Another story",
                            "Read also: Another story",
                            "See also",
                            "Advertisement",
                            "Subscribe",
                            "Share this article",
                            "Share: Facebook  Twitter  Email  |  312 comments",
                            "Shares: 58",
                            "Follow us on Twitter",
                            "Photo: Jane Roe/Reuters",
                            "Image: AFP",
                            "Credit: Getty Images",
                            "(Reporting by Jane Roe; Editing by John Doe)",
                            "Listen to this article · 4 min   |   Gift this article",
                            "À lire aussi : Autre chose",
                            "Lire la suite",
                            "Publicité",
                            "Partager sur Facebook (1,2k) | Twitter",
                            "Suivez-nous sur X",
                            "Crédit photo : AFP",
                            "© AFP",
                            "Mots-clés : Mali, Russie",
                            "Tags: Niger, ECOWAS",
                            "Réservé aux abonnés - 5 min de lecture",
                            "👁 3 481 lectures | 💬 4"}) {
    Analyzed r = Run("A headline long enough to be one\n\n" + en_body + label +
                     "\n\nThe opposition called for new elections within six months.\n");
    INFO(label);
    CHECK(r.sentences.size() == 4);
    CHECK(Has(r, "within six months."));
  }
  // The same words as prose stay: no colon after "Next", a sentence after "Share".
  Analyzed prose = Run("A headline long enough to be one\n\n" + en_body +
                       "Next week the bloc meets again in Abuja.\n\nShare prices fell.\n");
  CHECK(Has(prose, "Next week the bloc meets again in Abuja."));
  CHECK(Has(prose, "Share prices fell."));
}

TEST_CASE("The headline is found below menus, breadcrumbs and bylines", "[text]") {
  for (const char* header :
       {"Le Quotidien du Sahel - Actualité - Politique - Sécurité - Économie - Sport",
        "Grands Lacs Info — Accueil / RDC / Sécurité", "Africa  >  West Africa",
        "Home | World | Africa", "NEWS  /  WORLD  /  AFRICA", "Accueil > Monde > Afrique",
        "Rubriques : Politique · Sécurité · Économie · Société · Sports",
        "Se connecter | S'abonner"}) {
    Analyzed r = Run(std::string(header) +
                     "\n\nMali - France : la rupture est consommée à Bamako\n\n"
                     "Par Arnaud Lefèvre (avec agences)\n\n" +
                     kBody);
    INFO(header);
    CHECK(r.doc.title == "Mali - France : la rupture est consommée à Bamako");
    CHECK_FALSE(Has(r, "Arnaud"));
    CHECK(r.doc.blocks.size() == 3);
  }
}

TEST_CASE("Kickers in capitals are not the headline, a long first paragraph is kept", "[text]") {
  Analyzed r =
      Run("ASIE CENTRALE ET CAUCASE\n\nLe bloc accepte le déploiement de troupes\n\n" + kBody);
  CHECK(r.doc.title == "Le bloc accepte le déploiement de troupes");
  CHECK_FALSE(Has(r, "CAUCASE"));
  // A page without a headline whose first paragraph is long: nothing is lost.
  const std::string first =
      "Le président kazakh a demandé mercredi soir l'aide de l'Organisation du traité de "
      "sécurité collective pour faire face à des bandes terroristes entraînées à l'étranger, "
      "selon un communiqué officiel publié par la présidence.";
  REQUIRE(first.size() > 200);
  Analyzed p = Run(first + "\n\nMoscou a envoyé des parachutistes jeudi.\n");
  CHECK(Has(p, "selon un communiqué officiel publié par la présidence."));
  CHECK(p.doc.title.empty());
  CHECK(Has(p, "Moscou a envoyé des parachutistes jeudi."));
}

TEST_CASE("A bare teaser label drops the linked headline below it", "[text]") {
  for (const char* label : {"À lire aussi", "Lire aussi :", "See also", "Read more"}) {
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + label +
                     "\nMali : la junte expulse l'ambassadeur de France\n\n"
                     "Selon la présidence, les deux hommes ont discuté du retrait.\n");
    INFO(label);
    CHECK_FALSE(Has(r, "ambassadeur"));
    CHECK(Has(r, "ont discuté du retrait."));
  }
  // With its headline on the same line, the next paragraph stays.
  Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody +
                   "Lire aussi : Mali, la junte expulse l'ambassadeur\n"
                   "Moscou a démenti toute présence militaire officielle au Mali\n");
  CHECK(Has(r, "Moscou a démenti toute présence militaire officielle au Mali"));
}

TEST_CASE("Bulleted lines after a teaser label are teasers too", "[text]") {
  for (const char* bullet : {"\u203A ", "\u2022 ", "\u2192 ", "- ", "* ", "\u25B6 "}) {
    const std::string b = bullet;
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + "Lire aussi\n" + b +
                     "Liban : Israël frappe le sud du pays\n" + b +
                     "Ukraine : Zelensky accuse l'Occident de lenteur dans ses livraisons\n\n" + b +
                     "Georgia's ruling party wins a disputed vote, observers say.\n"
                     "Selon la présidence, les deux hommes ont discuté du retrait.\n");
    INFO(bullet);
    CHECK_FALSE(Has(r, "Liban"));
    CHECK_FALSE(Has(r, "Zelensky"));
    CHECK_FALSE(Has(r, "Georgia"));
    CHECK(Has(r, "ont discuté du retrait."));
  }
  // Without a teaser label above them, bulleted lines are article content.
  Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody +
                   "- Moscou a démenti toute présence militaire officielle au Mali.\n");
  CHECK(Has(r, "Moscou a démenti toute présence militaire officielle au Mali."));
  // The list ends at the first line without a bullet.
  Analyzed after = Run("Un titre assez long pour être un titre\n\n" + kBody +
                       "Read more\n"
                       "\u2022 Mali : la junte expulse l'ambassadeur\n"
                       "Bamako a démenti toute présence russe dans le nord du pays.\n");
  CHECK_FALSE(Has(after, "ambassadeur"));
  CHECK(Has(after, "Bamako a démenti toute présence russe dans le nord du pays."));
}

const std::string kLongBody =
    "Les négociations entre les deux capitales sont suspendues depuis le mois de juillet. "
    "Aucune date n'a été fixée pour une reprise des discussions.\n\n"
    "Le ministre a rappelé que la frontière restait fermée aux marchandises. « Les exportations "
    "de bétail sont bloquées depuis six semaines », a-t-il ajouté.\n\n";

TEST_CASE("A comment counter above the article's first paragraphs is page chrome", "[text]") {
  for (const char* counter : {"3 commentaires | 14 852 lectures", "48 réactions   Partager",
                              "Comments (12)", "12 comments"}) {
    INFO(counter);
    Analyzed r = Run(
        "Un titre assez long pour être un titre\n\n"
        "Le chef de la junte a reçu dimanche l'envoyé de l'organisation régionale à Niamey.\n\n"
        "Publié le 3 mars 2024 | Par Awa Traoré\n" +
        std::string(counter) + "\n\n[Photo : le palais présidentiel. © AFP]\n\n" + kLongBody);
    CHECK(Has(r, "depuis le mois de juillet."));
    CHECK(Has(r, "a-t-il ajouté."));
    CHECK_FALSE(Has(r, counter));
  }
  // Reader remarks below the same counter are no article: it ends the page there.
  Analyzed remarks = Run("Un titre assez long pour être un titre\n\n" + kLongBody +
                         "3 commentaires\n\nFatou S. : " + kLongBody);
  CHECK(Has(remarks, "», a-t-il ajouté.\n"));
  CHECK_FALSE(Has(remarks, "Fatou"));
}

TEST_CASE("A teaser line inside the article drops that line only, at the end, the rest", "[text]") {
  const std::string prose =
      "Le ministre a ensuite rencontré son homologue tchadien. Les deux hommes ont parlé "
      "de la sécurité des frontières pendant plus de deux heures.\n\n";
  Analyzed inside = Run("Un titre assez long pour être un titre\n\n" + kBody +
                        "Sur le même sujet : Le Togo rappelle son ambassadeur au Bénin\n\n" + prose);
  CHECK(Has(inside, "Les deux hommes ont parlé"));
  CHECK_FALSE(Has(inside, "Togo"));
  // Followed by more headlines, not prose: the related-content block ends the page.
  Analyzed end = Run("Un titre assez long pour être un titre\n\n" + kBody +
                     "Sur le même sujet : Le Togo rappelle son ambassadeur au Bénin\n"
                     "Le Ghana ferme sa frontière\n\nPaul V. : " + prose);
  CHECK_FALSE(Has(end, "Togo"));
  CHECK_FALSE(Has(end, "Ghana"));
  CHECK_FALSE(Has(end, "Les deux hommes"));
}

TEST_CASE("A subscription banner above the headline does not end the page", "[text]") {
  // Masthead, menu and banner, then a kicker, headline, date and byline:
  // the article comes more than four lines below the banner.
  const std::string header =
      "LE COURRIER D'AFRIQUE AUSTRALE\n"
      "Accueil  Politique  Économie  Société  Sports\n";
  for (const std::string banner : {"Abonnez-vous à l'édition numérique", "Subscribe now"}) {
    Analyzed r = Run(header + banner +
                     "\n\nPOLITIQUE\n\nLe gouvernement annonce un remaniement ministériel\n\n"
                     "Jeudi 12 octobre 2023\nPar Awa Diallo\n\n" +
                     kBody);
    CHECK(Has(r, "sous contrôle"));
    CHECK(Has(r, "fin de leur mission"));
    // the masthead in capitals ("D'AFRIQUE" one word) is no headline
    CHECK(r.doc.title == "Le gouvernement annonce un remaniement ministériel");
  }
  // near miss: a banner after the article's paragraphs still ends the page
  Analyzed tail = Run("Un titre assez long pour être un titre\n\n" + kBody +
                      "Abonnez-vous à l'édition numérique\n\nUn lecteur : bravo pour cet article "
                      "très juste.\n");
  CHECK(Has(tail, "fin de leur mission"));
  CHECK_FALSE(Has(tail, "bravo"));
}

TEST_CASE("A linked headline after a bare label and a colon is a teaser", "[text]") {
  for (const std::string label : {"RELATED: ", "READ: ", "À LIRE : ", "WATCH: "}) {
    Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody + label +
                     "Oman hosts new round of prisoner talks\n\n" + kBody);
    CHECK_FALSE(Has(r, "Oman"));
    CHECK(Has(r, "sous contrôle"));
  }
  // near miss: a sentence that starts with "Read" is prose
  Analyzed prose = Run("Un titre assez long pour être un titre\n\n" + kBody +
                       "Read the full statement, the minister told Oman's envoy on Monday.\n");
  CHECK(Has(prose, "Oman"));
}

TEST_CASE("A credit line with a copyright sign inside is dropped", "[text]") {
  Analyzed r = Run("Un titre assez long pour être un titre\n\n" + kBody +
                   "MK/APP — © Agence Ouest Presse 2025\n");
  CHECK_FALSE(Has(r, "Agence Ouest Presse"));
  CHECK(Has(r, "fin de leur mission"));
}
