// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"
#include "responseparser.h"

#include <optional>
#include <string_view>

// Large bodies read in pieces on all cores.
namespace ParallelParse {

// The rows of a large body read in pieces on all cores, exactly as the whole would read; or
// nothing when the body cannot be cut that way, and it has to be read whole.
std::optional<ParseResult> parseInPieces(std::string_view json,
                                         const ResponseParser::Limits &limits);

} // namespace ParallelParse
