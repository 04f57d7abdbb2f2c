// The C++ library as an add_subdirectory() consumer links it: one target
// statement from a sentence.
#include <cstdio>

#include "mubiao/mubiao.h"

int main() {
  const mubiao::Pipeline pipeline;
  const auto statements = pipeline.targets("二、2024年工作安排\n地区生产总值增长5%左右。\n");
  if (statements.size() != 1 || statements[0].indicator != "地区生产总值") {
    std::fprintf(stderr, "consumer_cxx: unexpected result (%zu statements)\n", statements.size());
    return 1;
  }
  std::printf("mubiao %s: %s %s%s\n", MUBIAO_VERSION_STRING, statements[0].indicator.c_str(),
              statements[0].exact.c_str(), statements[0].unit.c_str());
  return 0;
}
