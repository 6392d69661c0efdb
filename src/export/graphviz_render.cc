// Runs Graphviz as a child process: DOT on its stdin, the picture on its
// stdout, diagnostics on its stderr. poll() drives the three pipes together
// so a large graph cannot deadlock on a full pipe.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "export/writers.h"

extern char** environ;

namespace kzgraph::exporting {
namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  ~Pipe() {
    for (int f : fd) {
      if (f >= 0) close(f);
    }
  }
  void Close(int end) {
    if (fd[end] >= 0) close(fd[end]);
    fd[end] = -1;
  }
};

}  // namespace

Status RenderWithGraphviz(const std::string& program, const std::string& format,
                          const std::string& dot_source, std::string* rendered) {
  Pipe in, out, err;
  if (pipe2(in.fd, O_CLOEXEC) != 0 || pipe2(out.fd, O_CLOEXEC) != 0 ||
      pipe2(err.fd, O_CLOEXEC) != 0) {
    return Status::IOError(std::string("cannot create pipes for ") + program + ": " +
                           std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
  const std::string type_flag = "-T" + format;
  std::vector<char*> argv = {const_cast<char*>(program.c_str()),
                             const_cast<char*>(type_flag.c_str()), nullptr};
  pid_t pid = 0;
  const int spawn_error =
      posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawn_error != 0) {
    return Status::IOError("cannot run '" + program +
                           "' (Graphviz, package graphviz): " + std::strerror(spawn_error));
  }
  in.Close(0);
  out.Close(1);
  err.Close(1);

  // A reader that quits early must not kill us with SIGPIPE.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);

  std::string errors;
  size_t written = 0;
  char buffer[65536];
  if (dot_source.empty()) in.Close(1);
  while (out.fd[0] >= 0 || err.fd[0] >= 0) {
    pollfd fds[3];
    nfds_t count = 0;
    auto watch = [&](int fd, short events) {
      if (fd >= 0) fds[count++] = pollfd{fd, events, 0};
    };
    watch(out.fd[0], POLLIN);
    watch(err.fd[0], POLLIN);
    watch(in.fd[1], POLLOUT);
    if (poll(fds, count, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (nfds_t k = 0; k < count; ++k) {
      if (fds[k].revents == 0) continue;
      const int fd = fds[k].fd;
      if (fd == in.fd[1]) {
        const ssize_t n = write(fd, dot_source.data() + written, dot_source.size() - written);
        if (n > 0) written += static_cast<size_t>(n);
        if (n < 0 && errno != EINTR && errno != EAGAIN) in.Close(1);  // child gone
        if (written == dot_source.size()) in.Close(1);
        continue;
      }
      const ssize_t n = read(fd, buffer, sizeof buffer);
      if (n > 0) {
        (fd == out.fd[0] ? *rendered : errors).append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        (fd == out.fd[0] ? out : err).Close(0);
      }
    }
  }
  in.Close(1);
  int wait_status = 0;
  while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
  }
  sigaction(SIGPIPE, &previous, nullptr);
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
  if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    const std::string how = WIFEXITED(wait_status)
                                ? "exit code " + std::to_string(WEXITSTATUS(wait_status))
                                : "signal " + std::to_string(WTERMSIG(wait_status));
    return Status::IOError(program + " " + type_flag + " failed (" + how +
                           "): " + (errors.empty() ? "no message" : errors));
  }
  if (rendered->empty()) {
    return Status::IOError(program + " " + type_flag + " produced no output: " + errors);
  }
  return Status::OK();
}

}  // namespace kzgraph::exporting
