// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

class AppSettings;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Preferences: the panel's API address, network limits and the interface language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    bool apiBaseChanged() const { return m_apiBaseChanged; }
    QUrl apiBase() const { return m_apiBase; }
    void accept() override;

private:
    void validate();

    AppSettings &m_settings;
    QLineEdit *m_apiUrl;
    QLabel *m_apiError;
    QSpinBox *m_timeout;
    QSpinBox *m_maxSize;
    QSpinBox *m_maxRows;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
    bool m_apiBaseChanged = false;
    QUrl m_apiBase;
};
