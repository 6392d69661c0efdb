#include "export_util.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

namespace kzgraph::export_test {
namespace {

void Link(MemoryGraph* g, const std::string& source, const std::string& type,
          const std::string& target, const std::vector<std::pair<std::string, std::string>>& seen,
          const std::string& sentence) {
  Edge e{source,
         type,
         target,
         static_cast<uint32_t>(seen.size()),
         seen.front().second,
         seen.back().second,
         {}};
  g->AddEdge(e);
  for (const auto& [article, date] : seen) {
    Evidence ev;
    ev.article_id = article;
    ev.date = date;
    ev.sentence = sentence;
    ev.rule = "fixture";
    ev.confidence = 0.9;
    g->AddEvidence(source, type, target, ev);
  }
}

}  // namespace

MemoryGraph KazakhstanGraph() {
  MemoryGraph g;
  const std::pair<const char*, const char*> articles[] = {{"a1", "2022-01-05"},
                                                          {"a2", "2022-01-06"},
                                                          {"a3", "2022-01-07"},
                                                          {"a4", "2022-01-09"},
                                                          {"a5", "2022-01-10"}};
  for (const auto& [id, date] : articles) {
    g.AddArticle({id, std::string("hash-") + id, std::string("Kazakhstan ") + date, date,
                  std::string("samples/kz/") + id + ".txt", "fr"});
  }
  g.AddNode({"Tokayev", "person", "Kassym-Jomart Tokaïev", {"Tokaïev", "Tokayev"}, {}});
  g.AddNode({"Putin", "person", "Vladimir Poutine", {"Poutine", "Putin"}, {}});
  g.AddNode({"Lukashenko", "person", "Alexandre Loukachenko", {"Loukachenko"}, {}});
  g.AddNode({"Pashinyan", "person", "Nikol Pachinian", {"Pachinian"}, {}});
  g.AddNode({"Blinken", "person", "Antony Blinken", {"Blinken"}, {}});
  g.AddNode({"Peskov", "person", "Dmitri Peskov", {"Peskov"}, {}});
  g.AddNode({"Kazakhstan", "country", "Kazakhstan", {"Nur-Sultan", "Astana"}, {}});
  g.AddNode({"Russia", "country", "Russie", {"Moscou", "le Kremlin"}, {}});
  g.AddNode({"Belarus", "country", "Biélorussie", {"Minsk"}, {}});
  g.AddNode({"Armenia", "country", "Arménie", {"Erevan"}, {}});
  g.AddNode({"United States", "country", "États-Unis", {"Washington", "USA"}, {}});
  g.AddNode({"Kyrgyzstan", "country", "Kirghizistan", {"Bichkek"}, {}});
  g.AddNode(
      {"CSTO", "organization", "OTSC", {"Organisation du traité de sécurité collective"}, {}});
  g.AddNode({"terrorists", "group", "terroristes", {"bandits"}, {}});
  g.AddNode({"protesters", "group", "manifestants", {}, {}});
  Link(&g, "Tokayev", "requests_aid", "CSTO", {{"a1", "2022-01-05"}, {"a2", "2022-01-06"}},
       "Tokaïev a demandé l'aide de l'OTSC.");
  Link(&g, "Tokayev", "leads", "Kazakhstan", {{"a1", "2022-01-05"}},
       "Le président kazakh Kassym-Jomart Tokaïev.");
  Link(&g, "Tokayev", "accuses", "terrorists", {{"a3", "2022-01-07"}, {"a5", "2022-01-10"}},
       "Tokaïev accuse des « terroristes ».");
  Link(&g, "Tokayev", "warns", "protesters", {{"a3", "2022-01-07"}},
       "Tokaïev met en garde les manifestants.");
  Link(&g, "Russia", "sends_troops", "Kazakhstan", {{"a2", "2022-01-06"}, {"a3", "2022-01-07"}},
       "La Russie envoie des troupes au Kazakhstan.");
  Link(&g, "Armenia", "member_of", "CSTO", {{"a2", "2022-01-06"}}, "L'Arménie, membre de l'OTSC.");
  Link(&g, "Pashinyan", "leads", "Armenia", {{"a2", "2022-01-06"}},
       "Le Premier ministre arménien Nikol Pachinian.");
  Link(&g, "Peskov", "official_of", "Russia", {{"a2", "2022-01-06"}},
       "Le porte-parole du Kremlin Dmitri Peskov.");
  Link(&g, "Putin", "leads", "Russia", {{"a2", "2022-01-06"}, {"a5", "2022-01-10"}},
       "Le président russe Vladimir Poutine.");
  Link(&g, "Lukashenko", "leads", "Belarus", {{"a3", "2022-01-07"}},
       "Le président biélorusse Alexandre Loukachenko.");
  Link(&g, "Blinken", "official_of", "United States", {{"a3", "2022-01-07"}},
       "Le secrétaire d'État américain Antony Blinken.");
  Link(&g, "United States", "warns", "Russia", {{"a3", "2022-01-07"}},
       "Washington met en garde Moscou.");
  Link(&g, "Blinken", "criticizes", "Tokayev", {{"a4", "2022-01-09"}},
       "Blinken critique l'ordre de tirer sans sommation.");
  Link(&g, "Putin", "supports", "Tokayev", {{"a5", "2022-01-10"}}, "Poutine soutient Tokaïev.");
  // meets is symmetric: stored, like the store does, with source < target.
  Link(&g, "Lukashenko", "meets", "Putin", {{"a5", "2022-01-10"}},
       "Poutine rencontre Loukachenko en visioconférence.");
  return g;
}

std::string LongName() {
  std::string name;
  const std::string chunk = "Très-long « nom » ";  // multi-byte characters on purpose
  while (name.size() < 20000) name += chunk;
  // Exactly 10,000 characters (code points), cut at a character boundary.
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < name.size() && chars < 10000; ++i) {
    out.push_back(name[i]);
    if (i + 1 == name.size() || (static_cast<unsigned char>(name[i + 1]) & 0xC0) != 0x80) ++chars;
  }
  return out;
}

MemoryGraph HostileGraph() {
  MemoryGraph g;
  g.AddArticle({"h1", "x", "hostile 1", "2022-01-05", "h1.html", "en"});
  g.AddArticle({"h2", "y", "hostile 2", "2022-01-08", "h2.html", "en"});
  g.AddNode({"quote", "person", "Le \"Chef\" d'État", {"\"Chef\""}, {}});
  g.AddNode({"backslash", "organization", "C:\\Temp\\ \\\" \\n end\\", {"a\\b"}, {}});
  g.AddNode({"markup", "group", "<b>Bold</b> & <script>alert('x')</script> ]]> --", {"<&>"}, {}});
  g.AddNode({"newline", "person", "Line one\nLine two\r\nLine three\tTabbed", {"multi\nline"}, {}});
  g.AddNode({"control",
             "group",
             std::string("Bell\x07 Null\x01 Esc\x1b DEL\x7f End"),
             {std::string("ctl\x02")},
             {}});
  g.AddNode({"badutf8", "organization", std::string("Bad \xff\xfe UTF-8 \xc3"), {}, {}});
  g.AddNode({"emoji", "group", "🦄 Unicorn Front 🇰🇿", {"🦄"}, {}});
  g.AddNode({"long", "organization", LongName(), {}, {}});
  g.AddNode({"ACME", "organization", "ACME", {"acme"}, {}});
  g.AddNode({"Acme", "organization", "Acme", {"ACME"}, {}});
  g.AddNode({"acme", "organization", "acme", {}, {}});
  g.AddNode(
      {"comma, \"id\"; with\nbreak", "person", "Comma, semicolon; person", {"a;b", "c,d"}, {}});
  const auto link = [&](const std::string& s, const std::string& t, const std::string& o,
                        const std::string& date, const std::string& article) {
    g.AddEdge({s, t, o, 1, date, date, {}});
    g.AddEvidence(s, t, o, {article, date, "sentence", {}, "fixture", 1.0});
  };
  link("quote", "accuses", "backslash", "2022-01-05", "h1");
  link("markup", "criticizes", "newline", "2022-01-05", "h1");
  link("control", "warns", "badutf8", "2022-01-08", "h2");
  link("emoji", "supports", "long", "2022-01-08", "h2");
  link("ACME", "meets", "Acme", "2022-01-05", "h1");
  link("Acme", "member_of", "acme", "2022-01-08", "h2");
  link("acme", "leads", "comma, \"id\"; with\nbreak", "2022-01-08", "h2");
  link("long", "accuses", "quote", "2022-01-05", "h1");
  link("quote", "criticizes", "backslash", "2022-01-08", "h2");  // parallel edge, other type
  return g;
}

void ExportToFile(const GraphReader& graph, const std::string& format, const ExportOptions& options,
                  const std::string& path) {
  std::unique_ptr<Exporter> exporter;
  REQUIRE(MakeExporter(format, &exporter).ok());
  const Status s = exporter->WriteToPath(graph, options, path);
  INFO(s.ToString());
  REQUIRE(s.ok());
}

std::string ExportToString(const GraphReader& graph, const std::string& format,
                           const ExportOptions& options) {
  std::unique_ptr<Exporter> exporter;
  REQUIRE(MakeExporter(format, &exporter).ok());
  std::ostringstream out;
  const Status s = exporter->Write(graph, options, out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

std::string SchemaFolder(const std::string& name) {
  const std::filesystem::path source = KZGRAPH_SOURCE_DIR;
  for (const std::filesystem::path& candidate :
       {source / "tests" / "schemas" / name, source / ".." / "shared" / "schemas" / name}) {
    std::error_code ec;
    if (std::filesystem::is_directory(candidate, ec)) return candidate.lexically_normal().string();
  }
  return "";
}

}  // namespace kzgraph::export_test
