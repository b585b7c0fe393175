// SPDX-License-Identifier: MIT
#pragma once

#include "launchoptions.h"
#include "v2parser.h"

#include <QObject>
#include <QUrl>

class QTextStream;
class V2Client;
struct FetchResult;

// `--add-panel`, `--remove-panel` and `--list-panels`: changes the panels in the settings and their
// keys in the keychain, without a window. Adding a standard-API panel first asks it for its
// balance with the key, so a wrong key or address is found now rather than at the next export;
// the balance also names the currency of its prices. finished() carries the exit status.
class PanelCommand final : public QObject
{
    Q_OBJECT

public:
    // `builtInBase` is the built-in panel's address, listed first.
    PanelCommand(const LaunchOptions &options, const QUrl &builtInBase, QObject *parent = nullptr);

    // The key of an added panel is read from here unless --key-env names its variable.
    void setKeyInput(QTextStream *input) { m_keyInput = input; }
    void start();

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void add();
    void onBalance(const FetchResult &result, const V2Parser::Balance &balance);
    void store();
    void remove();
    void list();
    void finish(int exitStatus, const QString &message = {});

    LaunchOptions m_options;
    QUrl m_builtInBase;
    QTextStream *m_keyInput = nullptr;
    V2Client *m_client = nullptr;
    PanelConfig m_panel;
    QString m_key;
};
