// SPDX-License-Identifier: MIT
#pragma once

// Internal to app/core: simdjson is linked privately.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

// What to tell the user about a body that did not parse.
namespace ParseDiagnostics {

bool looksLikeHtml(const QByteArray &body);

// Why the JSON in `json` failed to parse with `error` at byte `offset`.
QString describeJsonError(QByteArrayView json, simdjson::error_code error, qsizetype offset);

} // namespace ParseDiagnostics
