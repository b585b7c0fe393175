// SPDX-License-Identifier: MIT
#include "paneleditdialog.h"

#include "apiaddress.h"
#include "panelkey.h"
#include "v2client.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool keyInKeychain(const PanelConfig &panel)
{
    return panel.needsKey() && panel.keyEnv.isEmpty();
}

} // namespace

PanelEditDialog::PanelEditDialog(std::optional<PanelConfig> existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
    , m_client(new V2Client(this))
    , m_name(new QLineEdit(this))
    , m_style(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlError(messageLabel(QStringLiteral("panelUrlError"), this))
    , m_key(new QLineEdit(this))
    , m_keyFromEnv(new QCheckBox(tr("Read the key from the &environment variable:"), this))
    , m_keyEnv(new QLineEdit(this))
    , m_detectCurrency(new QRadioButton(tr("&Detect from the panel"), this))
    , m_currencyByHand(new QRadioButton(tr("Set &by hand:"), this))
    , m_currency(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_testResult(messageLabel(QStringLiteral("panelTestResult"), this))
    , m_problem(messageLabel(QStringLiteral("panelProblem"), this))
    , m_status(messageLabel(QStringLiteral("panelStatus"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("panelEditDialog"));
    setWindowTitle(m_existing ? tr("Edit Panel") : tr("Add Panel"));

    m_name->setObjectName(QStringLiteral("panelNameEdit"));
    m_style->setObjectName(QStringLiteral("panelStyleBox"));
    m_style->addItem(tr("Standard API v2"), int(PanelConfig::Style::V2));
    m_style->addItem(tr("Kratos-style"), int(PanelConfig::Style::Kratos));
    m_url->setObjectName(QStringLiteral("panelUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://panel.example/api/v2"));
    m_url->setClearButtonEnabled(true);
    m_key->setObjectName(QStringLiteral("panelKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_keyFromEnv->setObjectName(QStringLiteral("keyFromEnvBox"));
    m_keyEnv->setObjectName(QStringLiteral("keyEnvEdit"));
    m_keyEnv->setPlaceholderText(QStringLiteral("PANEL_API_KEY"));
    m_detectCurrency->setObjectName(QStringLiteral("detectCurrencyButton"));
    m_currencyByHand->setObjectName(QStringLiteral("currencyByHandButton"));
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWWW"))
                                + 16);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    auto *currencyGroup = new QButtonGroup(this);
    currencyGroup->addButton(m_detectCurrency);
    currencyGroup->addButton(m_currencyByHand);
    m_test->setObjectName(QStringLiteral("panelTestButton"));
    m_test->setToolTip(tr("Ask the panel for the account's balance with this key"));
    m_buttons->setObjectName(QStringLiteral("panelDialogButtons"));

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_style->setCurrentIndex(m_style->findData(int(m_existing->style)));
        m_url->setText(m_existing->url.toString());
        m_keyFromEnv->setChecked(!m_existing->keyEnv.isEmpty());
        m_keyEnv->setText(m_existing->keyEnv);
        m_detectedCurrency = m_existing->currency;
    }
    m_detectCurrency->setChecked(true);
    m_detectCurrency->setText(m_detectedCurrency.isEmpty()
                                  ? tr("&Detect from the panel")
                                  : tr("&Detect from the panel (%1)").arg(m_detectedCurrency));

    auto *envRow = new QHBoxLayout;
    envRow->addWidget(m_keyFromEnv);
    envRow->addWidget(m_keyEnv, 1);
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_detectCurrency);
    currencyRow->addSpacing(12);
    currencyRow->addWidget(m_currencyByHand);
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch(1);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &style:"), m_style);
    form->addRow(tr("API &address:"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), envRow);
    form->addRow(tr("Currency:"), currencyRow);
    form->addRow(QString(), testRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_url, m_key, m_keyEnv, m_currency})
        connect(edit, &QLineEdit::textChanged, this, &PanelEditDialog::validate);
    // A result for another address or key would mislead.
    for (QLineEdit *edit : {m_url, m_key, m_keyEnv})
        connect(edit, &QLineEdit::textEdited, m_testResult, &QLabel::clear);
    connect(m_currency, &QLineEdit::textEdited, this,
            [this] { m_currencyByHand->setChecked(true); });
    connect(m_style, &QComboBox::currentIndexChanged, this, &PanelEditDialog::updateKeyFields);
    connect(m_keyFromEnv, &QCheckBox::toggled, this, &PanelEditDialog::updateKeyFields);
    connect(currencyGroup, &QButtonGroup::buttonToggled, this, &PanelEditDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &PanelEditDialog::testPanel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PanelEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PanelEditDialog::reject);
    connect(
        m_client, &V2Client::balanceFinished, this,
        [this](const FetchResult &result, const V2Parser::Balance &balance) {
            m_client->setKey(QString());
            m_busy = false;
            m_status->clear();
            if (!result.succeeded()) {
                m_testResult->setText(result.error);
            } else if (balance.currency.isEmpty()) {
                m_testResult->setText(
                    tr("Balance: %1 (the panel does not say its currency)").arg(balance.amount));
            } else {
                m_testResult->setText(tr("Balance: %1 %2").arg(balance.amount, balance.currency));
                m_detectedCurrency = balance.currency;
                m_detectCurrency->setText(
                    tr("&Detect from the panel (%1)").arg(m_detectedCurrency));
            }
            validate();
        });
    updateKeyFields();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

PanelConfig PanelEditDialog::panel() const
{
    PanelConfig panel;
    panel.name = m_name->text();
    panel.style = PanelConfig::Style(m_style->currentData().toInt());
    QString ignored;
    panel.url = ApiAddress::parse(m_url->text(), &ignored);
    if (panel.needsKey() && m_keyFromEnv->isChecked())
        panel.keyEnv = m_keyEnv->text();
    panel.currency = m_detectCurrency->isChecked() ? m_detectedCurrency : m_currency->text();
    return panel;
}

void PanelEditDialog::updateKeyFields()
{
    const bool v2 = PanelConfig::Style(m_style->currentData().toInt()) == PanelConfig::Style::V2;
    m_keyFromEnv->setEnabled(v2);
    m_keyEnv->setEnabled(v2 && m_keyFromEnv->isChecked());
    m_key->setEnabled(v2 && !m_keyFromEnv->isChecked());
    m_key->setPlaceholderText(m_existing && keyInKeychain(*m_existing)
                                  ? tr("A key is stored; leave this empty to keep it")
                                  : QString());
    validate();
}

QString PanelEditDialog::keyProblem() const
{
    const PanelConfig candidate = panel();
    if (!keyInKeychain(candidate) || !m_key->text().isEmpty())
        return {};
    if (m_existing && keyInKeychain(*m_existing))
        return {};
    return tr("Type the panel's API key, or read it from an environment variable.");
}

void PanelEditDialog::validate()
{
    QString urlError;
    ApiAddress::parse(m_url->text(), &urlError);
    if (m_url->text().trimmed().isEmpty())
        urlError = tr("A panel needs its API address.");
    m_urlError->setText(urlError);
    m_urlError->setVisible(!urlError.isEmpty());

    const bool v2 = PanelConfig::Style(m_style->currentData().toInt()) == PanelConfig::Style::V2;
    QString problem;
    if (v2 && m_keyFromEnv->isChecked() && m_keyEnv->text().trimmed().isEmpty())
        problem = tr("Type the name of the environment variable that holds the key.");
    else if (m_currencyByHand->isChecked() && m_currency->text().isEmpty())
        problem = tr("Type a currency code such as USD, or let the app detect it.");
    if (problem.isEmpty() && urlError.isEmpty())
        problem = m_registry.problemWith(PanelRegistry::normalized(panel()),
                                         m_existing ? m_existing->name : QString());
    if (problem.isEmpty())
        problem = keyProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    m_test->setEnabled(!m_busy && v2 && urlError.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && urlError.isEmpty() && problem.isEmpty());
}

void PanelEditDialog::setBusy(const QString &what)
{
    m_busy = !what.isEmpty();
    m_status->setText(what);
    validate();
}

void PanelEditDialog::testPanel()
{
    if (m_busy)
        return;
    const PanelConfig candidate = PanelRegistry::normalized(panel());
    if (!ApiAddress::problemWith(candidate.url).isEmpty() || !candidate.needsKey())
        return;
    m_testResult->clear();
    if (!candidate.keyEnv.isEmpty()) {
        const KeyStore::Result key = PanelKey::fromEnvironment(candidate);
        if (!key.ok()) {
            m_testResult->setText(key.error);
            return;
        }
        askForBalance(key.key);
    } else if (!m_key->text().isEmpty()) {
        askForBalance(m_key->text());
    } else if (m_existing && keyInKeychain(*m_existing)) {
        setBusy(tr("Reading the key from the keychain…"));
        const QString name = m_existing->name;
        callKeychain(
            [name](const QObject *context, KeyStore::Done done) {
                KeyStore::read(name, context, std::move(done));
            },
            [this](const KeyStore::Result &key) {
                setBusy(QString());
                if (key.ok())
                    askForBalance(key.key);
                else
                    m_testResult->setText(key.error);
            });
    } else {
        m_testResult->setText(tr("Type the panel's API key first."));
    }
}

void PanelEditDialog::askForBalance(const QString &key)
{
    setBusy(tr("Asking the panel for its balance…"));
    m_client->setApiUrl(PanelRegistry::normalized(panel()).url);
    m_client->setKey(key);
    m_client->fetchBalance();
}

void PanelEditDialog::accept()
{
    validate();
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const PanelConfig candidate = PanelRegistry::normalized(panel());
    const QString key = m_key->text();
    const bool before = m_existing && keyInKeychain(*m_existing);
    const bool now = keyInKeychain(candidate);
    const QString oldName = m_existing ? m_existing->name : QString();
    const bool renamed = m_existing && oldName != candidate.name;

    // The keychain first: a panel is only stored once its key is.
    QList<Step> steps;
    if (now && !key.isEmpty()) {
        steps.append([=](const QObject *context, KeyStore::Done done) {
            KeyStore::write(candidate.name, key, context, std::move(done));
        });
    } else if (now && before && renamed) {
        steps.append([=](const QObject *context, KeyStore::Done done) {
            KeyStore::rename(oldName, candidate.name, context, std::move(done));
        });
    }
    if (before && (!now || (renamed && !key.isEmpty()))) {
        steps.append([=](const QObject *context, KeyStore::Done done) {
            KeyStore::remove(oldName, context, std::move(done));
        });
    }
    setBusy(steps.isEmpty() ? QString() : tr("Storing the key in the keychain…"));
    runSteps(steps, [this, candidate] { finishSaving(candidate); });
}

void PanelEditDialog::runSteps(QList<Step> steps, std::function<void()> then)
{
    if (steps.isEmpty()) {
        then();
        return;
    }
    const Step step = steps.takeFirst();
    callKeychain(step, [this, steps, then](const KeyStore::Result &result) {
        if (!result.ok()) {
            setBusy(QString());
            m_problem->setText(tr("The panel was not saved: %1").arg(result.error));
            m_problem->show();
            return;
        }
        runSteps(steps, then);
    });
}

void PanelEditDialog::callKeychain(const Step &step, KeyStore::Done answered)
{
    // The asynchronous keychain calls have no timeout of their own; a stuck keychain must not
    // leave the dialog busy for ever. An answer after the timeout goes nowhere.
    auto *attempt = new QObject(this);
    auto settled = std::make_shared<bool>(false);
    const auto settle = [attempt, settled, answered](const KeyStore::Result &result) {
        if (std::exchange(*settled, true))
            return;
        attempt->deleteLater();
        answered(result);
    };
    QTimer::singleShot(m_keychainTimeout, attempt, [this, settle] {
        settle({QString(), KeyStore::noAnswerText(m_keychainTimeout)});
    });
    step(attempt, settle);
}

void PanelEditDialog::finishSaving(const PanelConfig &panel)
{
    setBusy(QString());
    const QString problem =
        m_existing ? m_registry.update(m_existing->name, panel) : m_registry.add(panel);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
