#include "extract/date_infer.h"

#include <chrono>
#include <cstdio>
#include <vector>

namespace kzgraph::extract {
namespace {

// Only the first bytes are read: the date line sits near the top, and the
// year search must not cost much on huge inputs.
constexpr size_t kScanBytes = 64 * 1024;

struct Tok {
  std::string text;  // lower case (ASCII letters only lowered)
  bool number = false;
};

std::vector<Tok> Tokens(std::string_view text) {
  std::vector<Tok> out;
  std::string cur;
  bool digits = false;
  auto flush = [&] {
    if (!cur.empty()) out.push_back({cur, digits});
    cur.clear();
  };
  for (char ch : text.substr(0, kScanBytes)) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool digit = c >= '0' && c <= '9';
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!digit && !letter) {
      flush();
      continue;
    }
    if (!cur.empty() && digit != digits) flush();
    digits = digit;
    cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  flush();
  return out;
}

// 0 = Sunday ... 6 = Saturday; -1 if not a weekday name.
int Weekday(const std::string& w) {
  static const char* const kNames[][2] = {{"dimanche", "sunday"}, {"lundi", "monday"},
                                          {"mardi", "tuesday"},   {"mercredi", "wednesday"},
                                          {"jeudi", "thursday"},  {"vendredi", "friday"},
                                          {"samedi", "saturday"}};
  for (int d = 0; d < 7; ++d) {
    if (w == kNames[d][0] || w == kNames[d][1]) return d;
  }
  return -1;
}

// 1..12, or 0 if not a month name or abbreviation.
int Month(const std::string& w) {
  static const char* const kPrefixes[][3] = {{"janv", "jan", ""},
                                             {"f\xC3\xA9v", "fev", "feb"},
                                             {"mars", "mar", ""},
                                             {"avr", "apr", ""},
                                             {"mai", "may", ""},
                                             {"juin", "jun", ""},
                                             {"juil", "jul", ""},
                                             {"ao\xC3\xBB", "aou", "aug"},
                                             {"sep", "", ""},
                                             {"oct", "", ""},
                                             {"nov", "", ""},
                                             {"d\xC3\xA9"
                                              "c",
                                              "dec", ""}};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    for (const char* p : kPrefixes[m]) {
      std::string_view pre(p);
      if (!pre.empty() && w.compare(0, pre.size(), pre) == 0) return m + 1;
    }
  }
  return 0;
}

int WeekdayOf(int y, int m, int d) {
  using namespace std::chrono;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return -1;
  return static_cast<int>(weekday{sys_days{ymd}}.c_encoding());
}

}  // namespace

int CurrentYear() {
  using namespace std::chrono;
  return static_cast<int>(year_month_day{floor<days>(system_clock::now())}.year());
}

std::string InferDate(std::string_view month_day, std::string_view text, int current_year) {
  int mm = 0, dd = 0;
  if (month_day.size() != 5 ||
      std::sscanf(std::string(month_day).c_str(), "%d-%d", &mm, &dd) != 2 || mm < 1 || mm > 12 ||
      dd < 1 || dd > 31)
    return "";
  const std::vector<Tok> toks = Tokens(text);
  auto format = [&](int y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mm, dd);
    return std::string(buf);
  };
  // "lundi 10 janvier", "Monday, January 10", "Monday 10 January".
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    int wd = Weekday(toks[i].text);
    if (wd < 0) continue;
    int day = 0, month = 0;
    for (size_t k = i + 1; k < std::min(toks.size(), i + 3); ++k) {
      if (toks[k].number && day == 0 && toks[k].text.size() <= 2)
        day = std::stoi(toks[k].text);
      else if (int m = Month(toks[k].text); m > 0 && month == 0)
        month = m;
    }
    // The day named may be the publication day or an event near it: either
    // way, the year where it falls on that weekday.
    if (day == 0) continue;
    if (month == 0) month = mm;
    for (int y = current_year; y >= current_year - 15; --y) {
      if (WeekdayOf(y, month, day) == wd) return format(y);
    }
  }
  // The latest plausible year written in the text.
  int latest = 0;
  for (const Tok& t : toks) {
    if (!t.number || t.text.size() != 4) continue;
    int y = std::stoi(t.text);
    if (y >= 1990 && y <= current_year && y > latest) latest = y;
  }
  return latest ? format(latest) : "";
}

}  // namespace kzgraph::extract
