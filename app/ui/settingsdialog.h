// SPDX-License-Identifier: MIT
#pragma once

#include "sessionproblem.h"

#include <QDialog>
#include <QUrl>

class AlertsSettingsPage;
class AppSettings;
class DataSettingsPage;
class PanelsSettingsPage;
class PriceHistory;
class PricingSettingsPage;
class RatesSettingsPage;
class ScheduleSettingsPage;
class QTabWidget;
class SavedCategories;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Preferences: the panel's API address, network limits and the interface language; the panels;
// the exchange rates; the reseller pricing; the schedule and the tray; the alert rules; and, when
// given, the price history and saved categories (Data).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    bool apiBaseChanged() const { return m_apiBaseChanged; }
    QUrl apiBase() const { return m_apiBase; }
    void accept() override;
    void addDataPage(PriceHistory *history, SavedCategories *saved);
    // Says under the address that this session uses `inUse`, chosen by `source` (--api-url,
    // SMM_PRICE_API_URL), and that the address here applies from the next start.
    void setApiBaseOverride(const QString &source, const QUrl &inUse);
    // Shows the field of a limit, focused, for raising it.
    void showLimit(SessionProblem::Limit limit);
    DataSettingsPage *dataPage() const { return m_dataPage; }
    PricingSettingsPage *pricingPage() const { return m_pricingPage; }
    PanelsSettingsPage *panelsPage() const { return m_panelsPage; }
    RatesSettingsPage *ratesPage() const { return m_ratesPage; }
    AlertsSettingsPage *alertsPage() const { return m_alertsPage; }
    // The saved categories Settings ▸ Alerts offers rules of their own for.
    void setSavedCategories(const QStringList &names);
    void showAlertRules();

private:
    void validate();

    AppSettings &m_settings;
    QLineEdit *m_apiUrl;
    QLabel *m_apiError;
    QLabel *m_apiOverride;
    QSpinBox *m_timeout;
    QSpinBox *m_deadline;
    QSpinBox *m_maxSize;
    QSpinBox *m_maxRows;
    QComboBox *m_language;
    QTabWidget *m_tabs;
    PanelsSettingsPage *m_panelsPage;
    RatesSettingsPage *m_ratesPage;
    PricingSettingsPage *m_pricingPage;
    ScheduleSettingsPage *m_schedulePage;
    AlertsSettingsPage *m_alertsPage;
    DataSettingsPage *m_dataPage = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_apiBaseChanged = false;
    QUrl m_apiBase;
};
