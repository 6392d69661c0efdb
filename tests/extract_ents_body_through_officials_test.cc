// A body named through its officials or members ("les chefs d'État
// de la Cedeao", "EU foreign ministers", "the bloc's leaders") is the body, as
// subject and as object; a single titled person or some of the members are not.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

namespace kzgraph::testing {

TEST_CASE("s8subj plural titles of a body's complement are the body (French)", "[extract]") {
  CHECK(Edges("Les ministres des Affaires étrangères du G7 ont condamné l'Iran.")
            .count("G7 criticizes Iran"));
  CHECK(Edges("Les chefs d'État de la Cedeao ont menacé le Niger d'une intervention.")
            .count("ECOWAS warns Niger"));
  CHECK(Edges("Les alliés de l'Otan ont averti la Russie.").count("NATO warns Russia"));
  // As object: "rencontré les dirigeants de l'Union africaine".
  bool met = false;
  for (const std::string& edge :
       Edges("Le président Ruto a rencontré les dirigeants de l'Union africaine."))
    met |= edge.find(" meets African Union") != std::string::npos;
  CHECK(met);
}

TEST_CASE("s8subj bodies before their officials are the body (English)", "[extract]") {
  CHECK(Edges("EU foreign ministers condemned Iran on Monday.").count("EU criticizes Iran"));
  CHECK(Edges("NATO allies warned Russia against any invasion.").count("NATO warns Russia"));
  CHECK(Edges("The G7 leaders said they support Ukraine.").count("G7 supports Ukraine"));
  CHECK(Edges("The leaders of the G7 condemned Iran.").count("G7 criticizes Iran"));
  CHECK(Edges("The European Union met on Monday. The bloc's leaders criticized Hungary.")
            .count("EU criticizes Hungary"));
}

TEST_CASE("s8subj bare English plural opening a clause", "[extract]") {
  CHECK(Edges("Meeting in Addis Ababa, leaders of the African Union condemned Sudan.")
            .count("African Union criticizes Sudan"));
  // Some of the members' officials: not the body.
  CHECK_FALSE(Edges("In Brussels, ministers of several NATO countries criticized Turkey.")
                  .count("NATO criticizes Turkey"));
}

TEST_CASE("s8subj a body's officials as object", "[extract]") {
  const auto e = Edges("Kenya's president met the leaders of the East African Community.");
  CHECK(HasPredicate(e, "meets"));
  bool eac = false;
  for (const std::string& s : e) eac |= s.find("meets EAC") != std::string::npos;
  CHECK(eac);
}

TEST_CASE("s8subj some members or a plural title with names are not the body", "[extract]") {
  // Some of the members: not the body.
  CHECK_FALSE(Edges("Plusieurs membres de l'Otan ont critiqué la Turquie.")
                  .count("NATO criticizes Turkey"));
  CHECK_FALSE(Edges("D'autres dirigeants de l'Union africaine ont critiqué le Soudan.")
                  .count("African Union criticizes Sudan"));
  // Negated: no edge for the body either.
  CHECK_FALSE(
      Edges("Les dirigeants de la Cedeao n'ont pas menacé le Niger.").count("ECOWAS warns Niger"));
}

TEST_CASE("s8subj a single titled person keeps the person reading", "[extract]") {
  // "le président de la Cedeao, X": the person, not the body.
  const auto e =
      Edges("Le président de la Commission de la Cedeao, Omar Alieu Touray, a menacé le Niger.");
  CHECK_FALSE(e.count("ECOWAS warns Niger"));
  // A plural title read as the body no longer gives a dictionary holder an office.
  const auto f = Edges("EU foreign ministers condemned Iran on Monday.");
  CHECK_FALSE(HasPredicate(f, "official_of"));
}

}  // namespace kzgraph::testing
