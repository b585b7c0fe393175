// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "alertssettingspage.h"
#include "apiaddress.h"
#include "appsettings.h"
#include "datasettingspage.h"
#include "panelregistry.h"
#include "panelssettingspage.h"
#include "pricingsettingspage.h"
#include "ratessettingspage.h"
#include "schedulesettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QUrl builtInBase(const AppSettings &settings)
{
    QString error;
    const QUrl chosen = ApiAddress::parse(settings.apiUrl(), &error);
    return chosen.isEmpty() ? ApiAddress::defaultBase() : chosen;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_apiUrl(new QLineEdit(this))
    , m_apiError(new QLabel(this))
    , m_apiOverride(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_deadline(new QSpinBox(this))
    , m_maxSize(new QSpinBox(this))
    , m_maxRows(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_panelsPage(new PanelsSettingsPage(builtInBase(settings), this))
    , m_ratesPage(new RatesSettingsPage(settings.exchangeRates(), settings.rateServiceUrl(),
                                        settings.fetchRatesDaily(), this))
    , m_pricingPage(new PricingSettingsPage(settings.resellerPricing(), this))
    , m_schedulePage(new ScheduleSettingsPage(settings.refreshInterval(),
                                              settings.keepRunningInTray(),
                                              QSystemTrayIcon::isSystemTrayAvailable(), this))
    , m_alertsPage(new AlertsSettingsPage(settings.alertRules(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_apiUrl->setObjectName(QStringLiteral("apiUrlEdit"));
    m_apiUrl->setText(settings.apiUrl());
    m_apiUrl->setPlaceholderText(ApiAddress::defaultBase().toString());
    m_apiUrl->setClearButtonEnabled(true);
    m_apiUrl->setToolTip(tr("Leave empty to use the default panel. The --api-url option and the "
                            "SMM_PRICE_API_URL variable take precedence over this setting."));
    m_apiError->setObjectName(QStringLiteral("apiUrlError"));
    m_apiError->setWordWrap(true);
    m_apiError->setTextFormat(Qt::PlainText);
    m_apiOverride->setObjectName(QStringLiteral("apiOverrideNote"));
    m_apiOverride->setWordWrap(true);
    m_apiOverride->setTextFormat(Qt::PlainText);
    m_apiOverride->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apiOverride->hide();

    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(int(settings.timeout().count() / 1000));
    m_timeout->setToolTip(tr("Give up when the panel sends nothing for this long"));

    m_deadline->setObjectName(QStringLiteral("deadlineBox"));
    m_deadline->setRange(1, 3600);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setValue(int(settings.deadline().count() / 1000));
    m_deadline->setToolTip(tr("Give up when a whole response takes longer than this, even while "
                              "the panel keeps sending"));

    m_maxSize->setObjectName(QStringLiteral("maxSizeBox"));
    m_maxSize->setRange(1, 4096);
    m_maxSize->setSuffix(tr(" MB"));
    m_maxSize->setValue(int(settings.maxResponseBytes() / (1024 * 1024)));
    m_maxSize->setToolTip(tr("Stop downloads larger than this"));

    m_maxRows->setObjectName(QStringLiteral("maxRowsBox"));
    m_maxRows->setRange(int(AppSettings::MinRowCeiling), int(AppSettings::MaxRowCeiling));
    m_maxRows->setSingleStep(100'000);
    m_maxRows->setGroupSeparatorShown(true);
    m_maxRows->setValue(int(settings.maxRows()));
    m_maxRows->setToolTip(tr("Services past this number in one response or file are left out, "
                             "with a warning"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Panel &API address:"), m_apiUrl);
    form->addRow(QString(), m_apiOverride);
    form->addRow(QString(), m_apiError);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("Longest &download:"), m_deadline);
    form->addRow(tr("&Largest response:"), m_maxSize);
    form->addRow(tr("Most &services at once:"), m_maxRows);
    form->addRow(tr("&Language:"), m_language);
    auto *restartNote =
        new QLabel(tr("A new language applies the next time the app starts."), this);
    restartNote->setWordWrap(true);
    form->addRow(QString(), restartNote);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_panelsPage, tr("Panels"));
    m_tabs->addTab(m_ratesPage, tr("Rates"));
    m_tabs->addTab(m_pricingPage, tr("Pricing"));
    m_tabs->addTab(m_schedulePage, tr("Schedule"));
    m_tabs->addTab(m_alertsPage, tr("Alerts"));
    connect(m_panelsPage, &PanelsSettingsPage::panelRenamed, this,
            [this](const PanelConfig &before, const PanelConfig &after) {
                m_alertsPage->renamePanel(before.name, after.name);
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    const auto wantRates = [this] {
        QStringList currencies;
        for (const PanelConfig &panel : PanelRegistry().list())
            currencies.append(panel.currency);
        m_ratesPage->setWantedCurrencies(currencies);
    };
    wantRates();
    connect(m_panelsPage, &PanelsSettingsPage::panelsChanged, this, wantRates);
    connect(m_apiUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    validate();
}

void SettingsDialog::validate()
{
    QString error;
    if (!m_apiUrl->text().trimmed().isEmpty())
        ApiAddress::parse(m_apiUrl->text(), &error);
    m_apiError->setText(error);
    m_apiError->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void SettingsDialog::accept()
{
    const QString url = m_apiUrl->text().trimmed();
    if (url != m_settings.apiUrl()) {
        m_apiBaseChanged = true;
        QString error;
        m_apiBase = url.isEmpty() ? ApiAddress::defaultBase() : ApiAddress::parse(url, &error);
        m_settings.setApiUrl(url);
    }
    m_settings.setTimeout(std::chrono::seconds(m_timeout->value()));
    m_settings.setDeadline(std::chrono::seconds(m_deadline->value()));
    m_settings.setMaxResponseBytes(qint64(m_maxSize->value()) * 1024 * 1024);
    m_settings.setMaxRows(m_maxRows->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setResellerPricing(m_pricingPage->pricing());
    m_settings.changeExchangeRates(
        [this](ExchangeRates &stored) { stored = m_ratesPage->appliedTo(stored); });
    m_settings.setFetchRatesDaily(m_ratesPage->fetchDaily());
    m_settings.setRefreshInterval(m_schedulePage->interval());
    m_settings.setKeepRunningInTray(m_schedulePage->keepRunningInTray());
    m_settings.setAlertRules(m_alertsPage->rules());
    QDialog::accept();
}

void SettingsDialog::setApiBaseOverride(const QString &source, const QUrl &inUse)
{
    m_apiOverride->setText(tr("This session uses %1, given by %2; the address here is used from "
                              "the next start.")
                               .arg(inUse.toDisplayString(), source));
    m_apiOverride->setVisible(!source.isEmpty());
}

void SettingsDialog::showLimit(SessionProblem::Limit limit)
{
    QSpinBox *box = nullptr;
    switch (limit) {
    case SessionProblem::Limit::ResponseSize:
        box = m_maxSize;
        break;
    case SessionProblem::Limit::RowCount:
        box = m_maxRows;
        break;
    case SessionProblem::Limit::Deadline:
        box = m_deadline;
        break;
    case SessionProblem::Limit::None:
        return;
    }
    m_tabs->setCurrentIndex(m_tabs->indexOf(box->parentWidget()));
    box->setFocus(Qt::OtherFocusReason);
    box->selectAll();
}

void SettingsDialog::addDataPage(PriceHistory *history, SavedCategories *saved)
{
    if (m_dataPage)
        return;
    m_dataPage = new DataSettingsPage(history, saved, this);
    m_tabs->addTab(m_dataPage, tr("Data"));
}

void SettingsDialog::setSavedCategories(const QStringList &names)
{
    m_alertsPage->setSavedCategories(names);
}

void SettingsDialog::showAlertRules()
{
    m_tabs->setCurrentWidget(m_alertsPage);
}
