#define CATCH_CONFIG_RUNNER
#include <stdlib.h>

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
  // The kzgraph processes the tests start read no schema cache of $HOME:
  // each run loads the schema fresh, whatever earlier runs left (the cache's
  // own tests give it a temp folder).
  ::setenv("KZGRAPH_SCHEMA_CACHE", "off", 1);
  return Catch::Session().run(argc, argv);
}
