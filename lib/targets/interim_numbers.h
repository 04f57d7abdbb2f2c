// INTERIM: a minimal scanner for Arabic-numeral quantities, used only while
// the NumberRecognizer of lib/numbers is the placeholder that finds nothing
// (branch `numbers` not merged yet). Delete this file and its one call in
// extractor.cc once the real recognizer is in.
#ifndef MUBIAO_LIB_TARGETS_INTERIM_NUMBERS_H_
#define MUBIAO_LIB_TARGETS_INTERIM_NUMBERS_H_

#include <string_view>
#include <vector>

#include "mubiao/numbers.h"

namespace mubiao::targets {

std::vector<Mention> interim_numbers(std::string_view text, Span range);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_INTERIM_NUMBERS_H_
