// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

// Chooses the language the app speaks and installs its translations: the app's own catalog
// (embedded under :/i18n) and Qt's, for the dialogs Qt draws. It also makes that language's
// locale the default, so prices read "Rp 25.947" in Indonesian and "Rp 25,947" in English.
class TranslationLoader
{
public:
    struct Result {
        QLocale locale;  // the default locale from now on
        QString appFile; // the app catalog installed: smm-price-browser_en.qm for English
        QString qtFile;  // Qt's catalog installed; empty when there is none for the language
    };

    // The locale for the language setting: "" (or a name Qt does not know) follows the system,
    // anything else is a locale name such as "id" or "en".
    static QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

    // Installs the catalogs for `locale` on the running application, replacing the ones an
    // earlier call installed, and makes `locale` the default. Needs a QCoreApplication.
    static Result install(const QLocale &locale);
};
