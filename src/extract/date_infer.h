// The publication year of a page that dates itself without one ("7 janv."):
// a weekday beside the day ("lundi 10 janvier") picks the recent year where
// that day falls on that weekday; else the latest year written in the text.
#ifndef KZGRAPH_SRC_EXTRACT_DATE_INFER_H_
#define KZGRAPH_SRC_EXTRACT_DATE_INFER_H_

#include <string>
#include <string_view>

namespace kzgraph::extract {

// `month_day` is "MM-DD"; `current_year` bounds the years considered.
// Returns the ISO date "YYYY-MM-DD", or "" when nothing fixes the year.
std::string InferDate(std::string_view month_day, std::string_view text, int current_year);

// The current year by the system clock.
int CurrentYear();

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_DATE_INFER_H_
