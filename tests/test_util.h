// Helpers every test may use: a temp folder, whole-file reads and writes,
// shell quoting, and running commands (the kzgraph binary among them).
#ifndef KZGRAPH_TESTS_TEST_UTIL_H_
#define KZGRAPH_TESTS_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace kzgraph::testing {

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
 public:
  explicit TempDir(const std::string& tag = "test") {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("kzgraph-" + tag + "-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The path of `name` inside the folder.
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The file's bytes; "" when it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Replaces the file's content; REQUIREs that the write succeeded.
inline void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  REQUIRE(out.good());
}

// `text` single-quoted for /bin/sh (embedded quotes escaped).
inline std::string ShellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  return out + "'";
}

// Runs `command` through /bin/sh with stderr merged into stdout; returns the
// exit code (-1 when it did not exit normally) and stores the output.
inline int RunCommand(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `kzgraph ARGS` through the shell with no stdin (args must be
// shell-quoted by the caller), capturing stdout and stderr apart in files
// of `dir`.
inline CommandResult RunKzgraph(const std::string& args, const TempDir& dir) {
  const std::string out = dir / "cmd.out", err = dir / "cmd.err";
  const std::string cmd = ShellQuote(KZGRAPH_BINARY) + " " + args + " >" + ShellQuote(out) + " 2>" +
                          ShellQuote(err) + " </dev/null";
  CommandResult r;
  const int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace kzgraph::testing

#endif  // KZGRAPH_TESTS_TEST_UTIL_H_
