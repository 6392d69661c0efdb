#include "store/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace kzgraph::store {

ProgressBar::ProgressBar(uint64_t total_bytes)
    : enabled_(isatty(STDERR_FILENO) == 1),
      total_bytes_(total_bytes),
      start_(Clock::now()),
      last_draw_(start_) {}

ProgressBar::~ProgressBar() { Finish(); }

std::string ProgressBar::Format(uint64_t articles, double seconds, uint64_t bytes_done,
                                uint64_t total_bytes) {
  char line[160];
  const double rate = seconds > 0 ? articles / seconds : 0;
  int n = std::snprintf(line, sizeof line, "%llu articles  %.1f/s",
                        static_cast<unsigned long long>(articles), rate);
  if (total_bytes > 0 && bytes_done > 0) {
    const double fraction = std::min(1.0, static_cast<double>(bytes_done) / total_bytes);
    const int width = 24, filled = static_cast<int>(fraction * width);
    const auto eta = static_cast<long long>(seconds * (1 - fraction) / fraction);
    std::string bar(filled, '=');
    bar.resize(width, ' ');
    std::snprintf(line + n, sizeof line - n, "  [%s] %3d%%  ETA %lld:%02lld", bar.c_str(),
                  static_cast<int>(fraction * 100), eta / 60, eta % 60);
  }
  return line;
}

void ProgressBar::Update(uint64_t articles, uint64_t bytes_done) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_draw_ < std::chrono::milliseconds(100)) {
    return;
  }
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r\033[K%s", Format(articles, seconds, bytes_done, total_bytes_).c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (drawn_) std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

}  // namespace kzgraph::store
