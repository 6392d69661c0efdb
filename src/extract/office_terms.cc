#include "extract/office_terms.h"

#include <algorithm>
#include <charconv>
#include <chrono>

namespace kzgraph::extract {

namespace {

// Reads `digits` decimal digits at iso[pos]; -1 if absent.
int ReadNumber(std::string_view iso, size_t pos, size_t digits) {
  if (iso.size() < pos + digits) return -1;
  int value = 0;
  const char* begin = iso.data() + pos;
  auto [end, error] = std::from_chars(begin, begin + digits, value);
  if (error != std::errc() || end != begin + digits) return -1;
  return value;
}

}  // namespace

long DaysOfIsoDate(std::string_view iso) {
  const int year = ReadNumber(iso, 0, 4);
  if (year < 0) return -1;
  int month = 1, day = 1;
  if (iso.size() > 4) {
    if (iso[4] != '-' || (month = ReadNumber(iso, 5, 2)) < 1 || month > 12) return -1;
    if (iso.size() > 7) {
      if (iso[7] != '-' || (day = ReadNumber(iso, 8, 2)) < 1 || day > 31) return -1;
    }
  }
  const std::chrono::sys_days days{std::chrono::year{year} /
                                   std::chrono::month{static_cast<unsigned>(month)} /
                                   std::chrono::day{static_cast<unsigned>(day)}};
  return days.time_since_epoch().count();
}

bool TermsEndedBefore(const Actor& person, std::string_view of, std::string_view date,
                      long grace_days) {
  long last_end = -1;
  for (const Office& o : person.offices) {
    if (o.of != of) continue;
    if (o.to.empty()) return false;  // still in office
    const long end = DaysOfIsoDate(o.to);
    if (end < 0) return false;
    last_end = std::max(last_end, end);
  }
  if (last_end < 0) return false;
  const long day = DaysOfIsoDate(date.substr(0, 10));
  return day >= 0 && day - last_end > grace_days;
}

}  // namespace kzgraph::extract
