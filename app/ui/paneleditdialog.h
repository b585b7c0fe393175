// SPDX-License-Identifier: MIT
#pragma once

#include "keystore.h"
#include "panelconfig.h"
#include "panelregistry.h"

#include <QDialog>

#include <chrono>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class V2Client;

// Adds a panel, or edits one the user added: its name, API style, address, key (typed into the
// keychain, or the name of an environment variable) and currency. Test asks the panel for its
// balance. OK stores the panel and its key together, without blocking: a key the keychain
// refuses leaves nothing half-saved.
class PanelEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // With `existing` the dialog edits that stored panel; without, it adds one.
    explicit PanelEditDialog(std::optional<PanelConfig> existing = std::nullopt,
                             QWidget *parent = nullptr);

    // The panel as the fields describe it (not yet normalized).
    PanelConfig panel() const;
    // The stored panel the dialog edits; none when it adds one.
    const std::optional<PanelConfig> &existing() const { return m_existing; }
    void testPanel();
    // How long OK waits for the keychain before giving up with a message.
    void setKeychainTimeout(std::chrono::milliseconds timeout) { m_keychainTimeout = timeout; }
    void accept() override;

private:
    using Step = std::function<void(const QObject *, KeyStore::Done)>;

    void validate();
    QString keyProblem() const;
    void updateKeyFields();
    void askForBalance(const QString &key);
    void setBusy(const QString &what);
    void runSteps(QList<Step> steps, std::function<void()> then);
    // Runs one keychain call; `answered` gets its result, or a failure once the keychain's
    // time limit has passed without one.
    void callKeychain(const Step &step, KeyStore::Done answered);
    void finishSaving(const PanelConfig &panel);

    std::optional<PanelConfig> m_existing;
    PanelRegistry m_registry;
    V2Client *m_client;
    QString m_detectedCurrency;
    bool m_busy = false;
    std::chrono::milliseconds m_keychainTimeout = KeyStore::DefaultTimeout;

    QLineEdit *m_name;
    QComboBox *m_style;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QLineEdit *m_key;
    QCheckBox *m_keyFromEnv;
    QLineEdit *m_keyEnv;
    QRadioButton *m_detectCurrency;
    QRadioButton *m_currencyByHand;
    QLineEdit *m_currency;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_problem;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
