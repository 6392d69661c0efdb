// Dated office terms: whether a person's offices in one body were all over
// well before a page's date (a dead or former holder heads nothing then).
#ifndef KZGRAPH_SRC_EXTRACT_OFFICE_TERMS_H_
#define KZGRAPH_SRC_EXTRACT_OFFICE_TERMS_H_

#include <string>
#include <string_view>

#include "extract/dictionary.h"

namespace kzgraph::extract {

// Days since 1970-01-01 of an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD"
// (missing parts are the first); -1 when `iso` is no such date.
long DaysOfIsoDate(std::string_view iso);

// True when `person` has dictionary terms in body `of`, none open, and the
// last ended more than `grace_days` before `date` (ISO). False when the
// dictionary says nothing of that body, or a date is missing or malformed.
bool TermsEndedBefore(const Actor& person, std::string_view of, std::string_view date,
                      long grace_days);

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_OFFICE_TERMS_H_
