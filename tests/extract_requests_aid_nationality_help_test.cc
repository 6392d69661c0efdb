// Help asked of a state named by its nationality adjective in English
// ("sought Russian help", as "l'aide russe"; src/extract/engine_mentions.cc),
// and a request after "before"/"until" and its subject ("before it asks"),
// which is a prospect (src/extract/engine_args.cc, Blocked); the addressee
// after "auprès de" past a time adjunct (engine_frames_clause.cc, ask frame).
// Negatives: an adjective on an aid word with no request before it, a
// request still to come, "before the talks" (a time, no clause).
#include <catch2/catch.hpp>

#include "extract_edge_checks.h"

namespace {
const kzgraph::testing::EdgeCheck Says("2023-06-01");
const kzgraph::testing::PredicateCheck AnyOf("2023-06-01");
}  // namespace

TEST_CASE("help asked of a nationality adjective in English", "[extract]") {
  CHECK(Says("Mali's junta sought Russian help against the jihadists.", "Mali requests_aid Russia"));
  CHECK(Says("Kinshasa requested Angolan assistance after the fall of Goma.",
             "DR Congo requests_aid Angola"));
  CHECK(Says("Le Mali a sollicité l'aide russe contre les jihadistes.", "Mali requests_aid Russia"));
  // No request: the adjective on an air defence missile names no actor.
  CHECK_FALSE(AnyOf("The army blamed a Rwandan air defense missile for the crash.", "accuses"));
}

TEST_CASE("a request after before or until is a prospect", "[extract]") {
  CHECK_FALSE(AnyOf("Armenia will not act before it asks for French help.", "requests_aid"));
  CHECK_FALSE(AnyOf("Russia will wait until Kazakhstan asks for Russian troops.", "requests_aid"));
  // "before the CSTO sent troops": past, the act is told.
  CHECK(Says("Kazakhstan asked for Russian help before the CSTO sent troops.",
             "Kazakhstan requests_aid Russia"));
  // "before the talks": a time, the meeting stands.
  CHECK(Says("Kenyatta met Tshisekedi before the talks with the rebels.",
             "Kenyatta meets Tshisekedi"));
}

TEST_CASE("the addressee after aupres de past a time adjunct", "[extract]") {
  CHECK(Says("Le Tchad a demandé la semaine dernière auprès de l'Union africaine un soutien "
             "logistique.",
             "Chad requests_aid African Union"));
  CHECK(Says("Le Mali avait sollicité en janvier 2013 auprès de la France l'envoi d'une force "
             "d'intervention.",
             "Mali requests_aid France"));
  // Explanations asked for are no help.
  CHECK_FALSE(AnyOf("Le Niger a demandé en juillet auprès de la Cédéao des explications.",
                    "requests_aid"));
}
