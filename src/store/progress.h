// A one-line progress bar on stderr for long ingests and loads: articles,
// articles/s, percentage and ETA. Silent unless stderr is a terminal and the
// work has run for more than a second, so logs and pipes stay clean.
#ifndef KZGRAPH_SRC_STORE_PROGRESS_H_
#define KZGRAPH_SRC_STORE_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace kzgraph::store {

class ProgressBar {
 public:
  // total_bytes: size of the inputs, for the percentage and ETA; 0 = unknown.
  explicit ProgressBar(uint64_t total_bytes);
  ~ProgressBar();  // erases the line if one was drawn
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Cheap to call per article: redraws at most ten times a second.
  void Update(uint64_t articles, uint64_t bytes_done);
  void Finish();

  // The line that Update draws (for tests): "1234 articles  56.7/s  42%  ETA 0:13".
  static std::string Format(uint64_t articles, double seconds, uint64_t bytes_done,
                            uint64_t total_bytes);

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  uint64_t total_bytes_;
  Clock::time_point start_, last_draw_;
};

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_PROGRESS_H_
