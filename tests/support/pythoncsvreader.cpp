// SPDX-License-Identifier: MIT
#include "pythoncsvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

QList<QStringList> PythonCsvReader::read(const QString &path, QChar separator, QString *error)
{
    QProcess python;
    python.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
                 {QStringLiteral(SMM_CSV_READER_SCRIPT), path, QString(separator)});
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        *error = QStringLiteral("csv_reader.py failed: ")
                 + QString::fromUtf8(python.readAllStandardError()) + python.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (!document.isArray()) {
        *error = parseError.errorString();
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : document.array()) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields << field.toString();
        rows << fields;
    }
    return rows;
}
