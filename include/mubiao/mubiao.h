// Umbrella header for the mubiao C++ API. The C ABI is capi/mubiao.h,
// installed as <mubiao.h>.
#ifndef MUBIAO_MUBIAO_H_
#define MUBIAO_MUBIAO_H_

#include "mubiao/batch.h"
#include "mubiao/numbers.h"
#include "mubiao/pipeline.h"
#include "mubiao/present.h"
#include "mubiao/research.h"
#include "mubiao/segment.h"
#include "mubiao/targets.h"
#include "mubiao/text.h"
#include "mubiao/version.h"

#endif  // MUBIAO_MUBIAO_H_
