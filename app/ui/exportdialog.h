// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

// The CSV options of File ▸ Export: separator, byte order mark, formula guard, how flags are
// written, and which extra columns to add.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const AppSettings::ExportPreferences &preferences, qsizetype rowCount,
                 QWidget *parent = nullptr);

    AppSettings::ExportPreferences preferences() const;

private:
    AppSettings::ExportPreferences m_preferences;
    QComboBox *m_separator;
    QComboBox *m_booleans;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_formulaGuard;
    QCheckBox *m_notes;
    QCheckBox *m_panelPriceText;
};
