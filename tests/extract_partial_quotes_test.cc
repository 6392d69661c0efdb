// Partial quotations (src/extract/partial_quotes.cc): a few quoted words
// inside a journalist's own sentence, around a trigger, a modifier, a label or
// an object, neither break the trigger phrase nor stop the argument walk;
// negation and questions still hold across the marks, and a quotation that
// names a word or a title, or opens the sentence as reported speech, keeps
// its marks.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kzgraph::testing::Edges;

TEST_CASE("partial quotes: around a trigger phrase", "[extract][quotes]") {
  CHECK(Edges("Le Kazakhstan a « demandé l'aide » de l'OTSC.", "2022-01-07")
            .count("Kazakhstan requests_aid CSTO"));
  CHECK(Edges("Kazakhstan \"requested assistance\" from the CSTO.", "2022-01-07")
            .count("Kazakhstan requests_aid CSTO"));
  CHECK(Edges("La Biélorussie a « dépêché » des soldats au Kazakhstan.", "2022-01-07")
            .count("Belarus sends_troops Kazakhstan"));
  CHECK(Edges("Belarus “dispatched” soldiers to Kazakhstan.", "2022-01-07")
            .count("Belarus sends_troops Kazakhstan"));
}

TEST_CASE("partial quotes: around a stance noun and its adjective", "[extract][quotes]") {
  CHECK(Edges("Lavrov a adressé un « sévère avertissement » à l'OTAN.", "2022-01-13")
            .count("Lavrov warns NATO"));
  CHECK(Edges("Lavrov issued a \"stern warning\" to NATO.", "2022-01-13")
            .count("Lavrov warns NATO"));
  CHECK(Edges("Emmanuel Macron a apporté son « soutien total » au Kazakhstan.", "2022-01-07")
            .count("Macron supports Kazakhstan"));
  CHECK(Edges("Josep Borrell has expressed \"full solidarity\" with Greece.", "2020-08-28")
            .count("Borrell supports Greece"));
}

TEST_CASE("partial quotes: a membership word, also in an apposition", "[extract][quotes]") {
  CHECK(Edges("La Biélorussie, « membre » de l'OTSC, a envoyé des troupes.", "2022-01-07")
            .count("Belarus member_of CSTO"));
  CHECK(Edges("Armenia, a “founding member” of the CSTO, sent a contingent.", "2022-01-07")
            .count("Armenia member_of CSTO"));
  CHECK(Edges("La Pologne, « membre » de l'OTAN, borde l'Ukraine.", "2022-03-01")
            .count("Poland member_of NATO"));
}

TEST_CASE("partial quotes: a label after a naming verb keeps its marks", "[extract][quotes]") {
  // the kz sample's reading of "des forces « terroristes »" and of a quoted
  // charge stays that of a label
  CHECK(Edges("Tokaïev a qualifié les manifestants de «bandits».", "2022-01-07")
            .count("Tokayev accuses protesters"));
  CHECK(Edges("Tokayev called the protesters \"terrorists\".", "2022-01-07")
            .count("Tokayev accuses protesters"));
}

TEST_CASE("partial quotes: negation and questions still block", "[extract][quotes]") {
  CHECK_FALSE(Edges("Lavrov did not \"warn\" NATO.", "2022-01-13").count("Lavrov warns NATO"));
  CHECK_FALSE(Edges("La Chine n'a pas « envoyé de troupes » au Kazakhstan.", "2022-01-07")
                  .count("China sends_troops Kazakhstan"));
  CHECK_FALSE(Edges("Will Uzbekistan \"send troops\" to Kazakhstan?", "2022-01-07")
                  .count("Uzbekistan sends_troops Kazakhstan"));
}

TEST_CASE("partial quotes: a quoted title or word is no statement", "[extract][quotes]") {
  CHECK_FALSE(Edges("Le mot « soutien » ne figure pas dans le communiqué chinois sur la Russie.",
                    "2022-02-25")
                  .count("China supports Russia"));
  CHECK_FALSE(Edges("Lavrov's book \"A Warning to the West\" was presented in Moscow.",
                    "2022-01-13")
                  .count("Lavrov warns West"));
}

// The send frame (engine_frames_clause.cc): one or two plain modifiers
// before a troop noun that its destination follows, quoted or not.
TEST_CASE("send frame: modifiers before the troop noun", "[extract][quotes][troops]") {
  CHECK(Edges("Armenia sent a symbolic contingent to Kazakhstan.", "2022-01-07")
            .count("Armenia sends_troops Kazakhstan"));
  CHECK(Edges("Russia sent “elite” paratroopers to Kazakhstan.", "2022-01-07")
            .count("Russia sends_troops Kazakhstan"));
  // a noun and its adjective ("capacités militaires"), no destination: no troops sent
  CHECK_FALSE(Edges("La Chine a considérablement renforcé ses capacités militaires et ne cache "
                    "plus sa volonté de réunifier l'île.",
                    "2022-08-03")
                  .count("China sends_troops Taiwan"));
}
