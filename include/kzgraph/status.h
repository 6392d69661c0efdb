// Status: the outcome of every public kzgraph call. No exception crosses the
// public API; failures travel as a Status carrying a code and a message that
// names the file, position or key concerned.
#ifndef KZGRAPH_STATUS_H_
#define KZGRAPH_STATUS_H_

#include <string>
#include <string_view>

namespace kzgraph {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,
    kInvalidArgument,  // bad input: query syntax, malformed record, unknown name
    kIOError,          // the file system or RocksDB failed
    kCorruption,       // stored data or input bytes are not what they claim to be
    kBusy,             // the database is in use by another kzgraph process
    kNotSupported,     // e.g. a store written by a newer format version
  };

  // Success.
  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status Busy(std::string_view msg) { return Status(Code::kBusy, msg); }
  static Status NotSupported(std::string_view msg) { return Status(Code::kNotSupported, msg); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsInvalidArgument() const { return code_ == Code::kInvalidArgument; }
  bool IsIOError() const { return code_ == Code::kIOError; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  bool IsBusy() const { return code_ == Code::kBusy; }
  bool IsNotSupported() const { return code_ == Code::kNotSupported; }

  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace kzgraph

#endif  // KZGRAPH_STATUS_H_
