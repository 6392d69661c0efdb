// Offices of go-betweens and of the UN's human rights commissioner
// (schema/lexicon/roles.tsv, schema/dict/organizations.jsonl): a "chief
// mediator" or a "facilitator" of a body holds a non-head office of it (the
// word "chief" alone would make him its head), and "UN High Commissioner for
// Human Rights X" is a title of the UN, not the name of its office.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

namespace {
bool Says(const char* text, const char* date, const char* edge) {
  return Edges(text, date).count(edge) > 0;
}
}  // namespace

TEST_CASE("offices: chief mediators and facilitators are officials, not heads", "[extract]") {
  const char* en = "IGAD's chief mediator, Seyoum Mesfin, urged both sides to sign the deal.";
  CHECK(Says(en, "2014-02-01", "Seyoum Mesfin official_of IGAD"));
  CHECK_FALSE(Says(en, "2014-02-01", "Seyoum Mesfin leads IGAD"));
  const char* fr =
      "Le médiateur en chef de l'Union africaine, Thabo Mbeki, a rencontré les deux camps.";
  CHECK(Says(fr, "2012-05-01", "Mbeki official_of African Union"));
  CHECK_FALSE(Says(fr, "2012-05-01", "Mbeki leads African Union"));
  CHECK(Says("Uhuru Kenyatta, the EAC's facilitator for the peace talks, arrived in Goma.",
             "2022-12-01", "Kenyatta official_of EAC"));
  // Near-miss: the chief of a body still heads it.
  CHECK(Says("IGAD's chief, Workneh Gebeyehu, urged both sides to sign.", "2020-02-01",
             "Workneh Gebeyehu leads IGAD"));
}

TEST_CASE("offices: the UN human rights commissioner is an official of the UN", "[extract]") {
  const char* en =
      "UN High Commissioner for Human Rights Michelle Bachelet urged the authorities to show "
      "restraint.";
  CHECK(Says(en, "2022-01-07", "Bachelet official_of UN"));
  CHECK_FALSE(Says(en, "2022-01-07", "Bachelet leads OHCHR"));
  // Near-miss: the office itself, named with its head, is still the office.
  CHECK(Says("Michelle Bachelet, who heads the Office of the UN High Commissioner for Human "
             "Rights, spoke on Friday.",
             "2022-01-07", "Bachelet leads OHCHR"));
}

TEST_CASE("offices: a name glued to the head's title after 'adviser to' is the head's",
          "[extract]") {
  // The head named right after his title keeps his own office.
  const char* en =
      "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, told reporters on "
      "Monday.";
  CHECK_FALSE(Says(en, "2024-04-20", "Aliyev official_of Azerbaijan"));
  const char* fr =
      "Ali Hasanov, conseiller du président Ilham Aliyev, a répondu aux journalistes.";
  CHECK_FALSE(Says(fr, "2012-09-01", "Aliyev official_of Azerbaijan"));
  // Near-miss: the name after a comma holds the outer office.
  CHECK(Says("Le porte-parole du président russe, Dmitri Peskov, a répondu aux journalistes.",
             "2022-01-10", "Peskov official_of Russia"));
}

TEST_CASE("offices: 'an ORG official, X' holds an office of the body", "[extract]") {
  CHECK(Says("The envoy met a Hamas official, Mousa Abu Marzouk, in Doha on Monday.",
             "2023-11-10", "Mousa Abu Marzouk official_of Hamas"));
  CHECK(Says("A senior ECOWAS official, Abdel-Fatau Musah, said the bloc would act.",
             "2023-08-10", "Musah official_of ECOWAS"));
  // Near-miss: the office noun before "in charge of" holds the charge; the
  // body naming the official does not head the country.
  const char* en = "Dmitry Kozak, the Kremlin official in charge of Ukraine, met Ukrainian envoys.";
  CHECK_FALSE(Says(en, "2024-01-15", "Russia leads Ukraine"));
  // Near-miss: an official visit names no officer.
  CHECK_FALSE(Says("The official visit of the Hamas delegation ended in Doha.", "2023-11-10",
                   "Hamas official_of Hamas"));
}

TEST_CASE("offices: a plural owner's bare apostrophe before a field and a title", "[extract]") {
  const char* en =
      "The M23 rebels seized the town. The rebels' military spokesman, Vianney Kazarama, said "
      "the group would march on.";
  CHECK(Says(en, "2012-11-20", "Vianney Kazarama official_of M23"));
  // Near-miss: no title after the plural owner gives no office.
  CHECK_FALSE(Says("The M23 rebels seized the town. The rebels' military commander Sultani "
                   "Makenga's men, said Vianney Kazarama, would march on.",
                   "2012-11-20", "Vianney Kazarama official_of M23"));
}
