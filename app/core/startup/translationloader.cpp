// SPDX-License-Identifier: MIT
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Names the translators this class installs, so a later call can find and replace them.
const QString TranslatorName = u"smmTranslationLoader"_s;
const QString EmbeddedDirectory = u":/i18n"_s;

// Loads `name`_<language>.qm from the first directory that has one and installs it.
const QTranslator *installCatalog(const QString &name, const QLocale &locale,
                                  const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
        if (!translator->load(locale, name, u"_"_s, directory))
            continue;
        translator->setObjectName(TranslatorName);
        QCoreApplication::installTranslator(translator.get());
        return translator.release();
    }
    return nullptr;
}

const QTranslator *installEnglishPlurals()
{
    return installCatalog(u"smm-price-browser"_s, QLocale(QLocale::English), {EmbeddedDirectory});
}

// The catalog of the first of the locale's UI languages that has one. English, the language of
// the source text, ends the search: someone who lists "en" before "id" gets English. English
// and any language without a catalog get the English plural forms ("1 service", "2 services").
const QTranslator *installAppCatalog(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QLocale language(name);
        if (language.language() == QLocale::English)
            break;
        if (const QTranslator *translator =
                installCatalog(u"smm-price-browser"_s, language, {EmbeddedDirectory}))
            return translator;
    }
    return installEnglishPlurals();
}

} // namespace

QLocale TranslationLoader::localeFor(const QString &language, const QLocale &system)
{
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    return chosen.language() == QLocale::C ? system : chosen;
}

TranslationLoader::Result TranslationLoader::install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const auto previous =
        app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    Result result;
    result.locale = locale;
    QLocale::setDefault(locale);

    const QTranslator *appCatalog = installAppCatalog(locale);
    if (!appCatalog)
        return result;
    result.appFile = appCatalog->filePath();
    if (appCatalog->language().startsWith(u"en"_s))
        return result; // Qt's own English with it
    // Debian's Qt 6.4 has no qtbase_id, so the app embeds the part of it that its dialogs use.
    const QTranslator *qtCatalog =
        installCatalog(u"qtbase"_s, QLocale(appCatalog->language()),
                       {QLibraryInfo::path(QLibraryInfo::TranslationsPath), EmbeddedDirectory});
    if (qtCatalog)
        result.qtFile = qtCatalog->filePath();
    return result;
}
