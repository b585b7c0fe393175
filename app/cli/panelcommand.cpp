// SPDX-License-Identifier: MIT
#include "panelcommand.h"

#include "apiaddress.h"
#include "fetchresult.h"
#include "headlessexport.h"
#include "keystore.h"
#include "panelregistry.h"
#include "v2client.h"

#include <QTextStream>
#include <QTimer>

PanelCommand::PanelCommand(const LaunchOptions &options, const QUrl &builtInBase, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_builtInBase(builtInBase)
{}

void PanelCommand::start()
{
    // Reported from the event loop, so callers can connect after start().
    QTimer::singleShot(0, this, [this] {
        switch (m_options.panelAction) {
        case LaunchOptions::PanelAction::Add:
            add();
            break;
        case LaunchOptions::PanelAction::Remove:
            remove();
            break;
        case LaunchOptions::PanelAction::List:
            list();
            break;
        case LaunchOptions::PanelAction::None:
            finish(HeadlessExport::BadCommandLine);
            break;
        }
    });
}

void PanelCommand::add()
{
    QString error;
    const QUrl url = ApiAddress::parse(m_options.apiUrl, &error);
    if (!url.isValid()) {
        finish(HeadlessExport::BadCommandLine, tr("--api-url: %1").arg(error));
        return;
    }
    m_panel = PanelRegistry::normalized(
        {m_options.panelName, m_options.apiStyle, url, QString(), m_options.keyEnv});
    if (const QString problem = PanelRegistry().problemWith(m_panel); !problem.isEmpty()) {
        finish(HeadlessExport::BadCommandLine, tr("--add-panel: %1").arg(problem));
        return;
    }
    if (!m_panel.needsKey()) {
        store();
        return;
    }
    if (!m_panel.keyEnv.isEmpty()) {
        m_key = qEnvironmentVariable(qPrintable(m_panel.keyEnv));
        if (m_key.isEmpty()) {
            // The variable may be meant for the machine that runs the exports, not this shell.
            HeadlessExport::printLine(
                tr("warning: %1 is not set here, so the key was not tried; it is read from "
                   "%1 at each run")
                    .arg(m_panel.keyEnv));
            store();
            return;
        }
    } else {
        if (m_keyInput)
            m_key = m_keyInput->readLine().trimmed();
        if (m_key.isEmpty()) {
            finish(HeadlessExport::BadCommandLine,
                   tr("--add-panel: give the panel's API key on standard input (for example "
                      "from a password manager), or name the variable that holds it with "
                      "--key-env."));
            return;
        }
    }
    m_client = new V2Client(this);
    m_client->setApiUrl(m_panel.url);
    m_client->setKey(m_key);
    connect(m_client, &V2Client::balanceFinished, this, &PanelCommand::onBalance);
    m_client->fetchBalance();
}

void PanelCommand::onBalance(const FetchResult &result, const V2Parser::Balance &balance)
{
    if (!result.succeeded()) {
        finish(HeadlessExport::Failure,
               tr("panel “%1” was not added: %2").arg(m_panel.name, result.error));
        return;
    }
    m_panel.currency = balance.currency;
    if (balance.currency.isEmpty())
        HeadlessExport::printLine(
            tr("warning: panel “%1” did not name its currency; its prices cannot be shown "
               "in rupiah until it is set in Settings ▸ Panels")
                .arg(m_panel.name));
    HeadlessExport::printLine(tr("panel “%1” answered: balance %2 %3")
                                  .arg(m_panel.name, balance.amount, balance.currency)
                                  .trimmed());
    store();
}

void PanelCommand::store()
{
    if (m_panel.needsKey() && m_panel.keyEnv.isEmpty()) {
        const KeyStore::Result written = KeyStore::writeNow(m_panel.name, m_key);
        if (!written.ok()) {
            finish(HeadlessExport::Failure,
                   tr("panel “%1” was not added: %2").arg(m_panel.name, written.error));
            return;
        }
    }
    if (const QString problem = PanelRegistry().add(m_panel); !problem.isEmpty()) {
        if (m_panel.needsKey() && m_panel.keyEnv.isEmpty())
            KeyStore::removeNow(m_panel.name);
        finish(HeadlessExport::Failure,
               tr("panel “%1” was not added: %2").arg(m_panel.name, problem));
        return;
    }
    finish(HeadlessExport::Success,
           m_panel.keyEnv.isEmpty() && m_panel.needsKey()
               ? tr("added panel “%1”; its key is in the system keychain").arg(m_panel.name)
               : tr("added panel “%1”").arg(m_panel.name));
}

void PanelCommand::remove()
{
    PanelRegistry registry;
    const std::optional<PanelConfig> panel = registry.find(m_options.panelName);
    if (!panel) {
        finish(HeadlessExport::BadCommandLine,
               tr("--remove-panel: there is no panel called “%1” (see --list-panels)")
                   .arg(m_options.panelName));
        return;
    }
    if (const QString problem = registry.remove(panel->name); !problem.isEmpty()) {
        finish(HeadlessExport::Failure, problem);
        return;
    }
    if (panel->needsKey() && panel->keyEnv.isEmpty()) {
        const KeyStore::Result removed = KeyStore::removeNow(panel->name);
        if (!removed.ok()) {
            finish(HeadlessExport::Failure,
                   tr("removed panel “%1”, but its key is still in the keychain: %2")
                       .arg(panel->name, removed.error));
            return;
        }
    }
    finish(HeadlessExport::Success, tr("removed panel “%1”").arg(panel->name));
}

void PanelCommand::list()
{
    QTextStream out(stdout);
    for (const PanelConfig &panel : PanelRegistry().allPanels(m_builtInBase)) {
        const QString key = !panel.needsKey()        ? QStringLiteral("-")
                            : panel.keyEnv.isEmpty() ? QStringLiteral("keychain")
                                                     : QStringLiteral("env:") + panel.keyEnv;
        out << panel.name << '\t' << PanelConfig::styleKey(panel.style) << '\t'
            << panel.url.toString() << '\t'
            << (panel.currency.isEmpty() ? QStringLiteral("-") : panel.currency) << '\t' << key
            << '\n';
    }
    out.flush();
    finish(HeadlessExport::Success);
}

void PanelCommand::finish(int exitStatus, const QString &message)
{
    if (!message.isEmpty())
        HeadlessExport::printLine(
            exitStatus == HeadlessExport::Success ? message : tr("error: %1").arg(message));
    Q_EMIT finished(exitStatus);
}
