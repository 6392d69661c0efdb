// Dates written in a page, French and English: "Jeudi, 06 Janv. 2022",
// "lundi 10 janvier 2022", "7 janv.", "Jan. 7, 2022", "January 7, 2022",
// "2022-01-07", "10/01/2022" (day first unless impossible).
#ifndef KZGRAPH_SRC_TEXT_DATE_H_
#define KZGRAPH_SRC_TEXT_DATE_H_

#include <string>
#include <string_view>

#include "text/lexicon.h"

namespace kzgraph::text {

struct PageDate {
  int year = 0;  // 0 when the text gives no year ("7 janv.")
  int month = 0;
  int day = 0;
  size_t words = 0;  // words of the line that are not part of the date
  bool found() const { return month != 0; }
};

// The first date in `line` (at most its first 4 KB are read).
PageDate FindDate(std::string_view line, const Lexicon& lexicon);

// "2022-01-07", or "--01-07" without a year, or "" if not found.
std::string ToIso(const PageDate& date);

}  // namespace kzgraph::text

#endif  // KZGRAPH_SRC_TEXT_DATE_H_
