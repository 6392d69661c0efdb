// The stance_word roles the rules ask of a word (Engine::StanceWordAt), each
// with a small number fixed at compile time: a sentence keeps, per stance
// word, one bit per role its entries have, so that the many rules asking the
// same word about roles read a bit instead of comparing the entries' role
// strings at every question.
#ifndef KZGRAPH_SRC_EXTRACT_STANCE_ROLES_H_
#define KZGRAPH_SRC_EXTRACT_STANCE_ROLES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kzgraph::extract::internal {

namespace stance_roles {
// A role asked with StanceWordAt must be listed here (a role missing from
// the list fails to compile); the lexicon's other roles get no number.
inline constexpr std::string_view kNames[] = {"account_noun",
                                              "act_aspect",
                                              "act_nominal",
                                              "act_report",
                                              "act_taken",
                                              "act_verb",
                                              "addressed_call",
                                              "addressed_message",
                                              "aid_stop",
                                              "aid_verb",
                                              "answer_request",
                                              "arbiter",
                                              "at_head_of",
                                              "attitude_adjective",
                                              "attribute",
                                              "authorize",
                                              "body_members",
                                              "bond",
                                              "by_manner",
                                              "called_off",
                                              "calls",
                                              "cancel_verb",
                                              "charge_act",
                                              "charge_echo",
                                              "charge_label",
                                              "claim_noun",
                                              "clause_opener",
                                              "complicity",
                                              "copula",
                                              "coup",
                                              "coup_agent",
                                              "coup_attempt",
                                              "deal_noun",
                                              "decision_noun",
                                              "decision_taker",
                                              "delivery",
                                              "demand_act",
                                              "demand_modal",
                                              "demonstrative",
                                              "deployed_hardware",
                                              "document_noun",
                                              "exception",
                                              "entitled",
                                              "extent",
                                              "failure",
                                              "fighters",
                                              "group_ref",
                                              "hostile_exchange",
                                              "idiom_object",
                                              "indefinite_agent",
                                              "interrogated_person",
                                              "kin",
                                              "label_combat",
                                              "label_degree",
                                              "leader_plural",
                                              "led_by_participle",
                                              "manner",
                                              "meet_light",
                                              "meeting_prospect",
                                              "member_body",
                                              "member_gather",
                                              "member_partner",
                                              "member_pending",
                                              "member_word",
                                              "met_requirement",
                                              "military_force",
                                              "military_target",
                                              "misdeed_cease",
                                              "misdeed_link",
                                              "misdeed_verb",
                                              "naval_troop",
                                              "negation_asserts",
                                              "no_country_place",
                                              "office_death",
                                              "office_died",
                                              "office_end",
                                              "office_late",
                                              "office_org_class",
                                              "own_ground",
                                              "person_desc",
                                              "person_plural",
                                              "praise_label",
                                              "reject_verb",
                                              "removal",
                                              "resumptive",
                                              "sanction_verb",
                                              "sea_place",
                                              "sent_body",
                                              "state_attribute",
                                              "state_seat_noun",
                                              "supposing",
                                              "threat_asset",
                                              "threat_label",
                                              "time_to_come",
                                              "topic_prep",
                                              "unconfirmed",
                                              "victim_event",
                                              "voice",
                                              "weapon"};
inline constexpr int kCount = static_cast<int>(sizeof(kNames) / sizeof(kNames[0]));
inline constexpr int kWords = 2;  // 64-bit words of a role set
static_assert(kCount <= 64 * kWords, "more roles than a role set holds: raise kWords");
constexpr int IdOf(std::string_view name) {
  for (int k = 0; k < kCount; ++k) {
    if (kNames[k] == name) return k;
  }
  return -1;
}
}  // namespace stance_roles

// A role written as a literal: its number is found at compile time.
struct StanceRole {
  template <size_t N>
  consteval StanceRole(const char (&name)[N])  // NOLINT(google-explicit-constructor)
      : id(stance_roles::IdOf(std::string_view(name, N - 1))) {
    if (id < 0) throw "StanceWordAt: add the role to stance_roles::kNames (stance_roles.h)";
  }
  int id;
};

// The roles of the entries of one stance_word phrase, and its length.
struct StanceRoleSet {
  uint64_t bits[stance_roles::kWords] = {};
  int length = 0;
  bool Has(StanceRole role) const { return bits[role.id >> 6] >> (role.id & 63) & 1; }
};

}  // namespace kzgraph::extract::internal

#endif  // KZGRAPH_SRC_EXTRACT_STANCE_ROLES_H_
