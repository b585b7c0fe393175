// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"
#include "responseparser.h"

#include <QtGlobal>

#include <optional>
#include <string_view>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

// Large bodies read in pieces on all cores.
namespace ParallelParse {

// The rows of a large body read in pieces on all cores, exactly as the whole would read; or
// nothing when the body cannot be cut that way, and it has to be read whole.
std::optional<ParseResult> parseInPieces(std::string_view json,
                                         const ResponseParser::Limits &limits);

// The same for an open file, which is never held whole: it is read once a block at a time to
// cut it, then each piece again by the thread that parses it. Nothing when it cannot be cut,
// or changed while it was read.
std::optional<ParseResult> parseFileInPieces(QFile &file, const ResponseParser::Limits &limits,
                                             qint64 blockBytes = qint64(1) << 20);

} // namespace ParallelParse
