#ifndef KZGRAPH_VERSION_H_
#define KZGRAPH_VERSION_H_

namespace kzgraph {
// "MAJOR.MINOR.PATCH" of this build.
const char* Version();
}  // namespace kzgraph

#endif  // KZGRAPH_VERSION_H_
