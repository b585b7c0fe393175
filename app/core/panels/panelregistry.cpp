// SPDX-License-Identifier: MIT
#include "panelregistry.h"

#include "apiaddress.h"
#include "filewritelock.h"
#include "service.h"

#include <QRegularExpression>

namespace {

const QString Group = QStringLiteral("panels");
const QString NameKey = QStringLiteral("name");
const QString StyleKey = QStringLiteral("style");
const QString UrlKey = QStringLiteral("url");
const QString CurrencyKey = QStringLiteral("currency");
const QString KeyEnvKey = QStringLiteral("keyEnv");

// A value that was written as text; a list, a number or a map in a hand-edited file is not.
std::optional<QString> textValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return QString();
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return value.toString();
}

} // namespace

QList<PanelConfig> PanelRegistry::list() const
{
    QList<PanelConfig> panels;
    const int size = m_settings.beginReadArray(Group);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        const auto name = textValue(m_settings, NameKey);
        const auto style = textValue(m_settings, StyleKey);
        const auto url = textValue(m_settings, UrlKey);
        const auto currency = textValue(m_settings, CurrencyKey);
        const auto keyEnv = textValue(m_settings, KeyEnvKey);
        if (!name || !style || !url || !currency || !keyEnv)
            continue;
        // A panel stored before styles existed, or by hand without one, speaks the standard API.
        const auto parsedStyle =
            style->isEmpty() ? PanelConfig::Style::V2 : PanelConfig::styleFromKey(*style);
        if (!parsedStyle)
            continue;
        const PanelConfig panel =
            normalized({*name, *parsedStyle, QUrl(*url, QUrl::StrictMode), *currency, *keyEnv});
        if (!checkAlone(panel).isEmpty() || indexOf(panel.name, panels) >= 0)
            continue;
        panels.append(panel);
    }
    m_settings.endArray();
    return panels;
}

std::optional<PanelConfig> PanelRegistry::find(const QString &name) const
{
    const QList<PanelConfig> panels = list();
    const qsizetype index = indexOf(name.trimmed(), panels);
    if (index < 0)
        return std::nullopt;
    return panels.at(index);
}

QList<PanelConfig> PanelRegistry::allPanels(const QUrl &apiBase) const
{
    return QList<PanelConfig>{builtIn(apiBase)} + list();
}

PanelConfig PanelRegistry::builtIn(const QUrl &apiBase)
{
    PanelConfig panel;
    panel.name = PanelConfig::BuiltInName;
    panel.style = PanelConfig::Style::Kratos;
    panel.url = apiBase;
    panel.currency = Service::Rupiah;
    return panel;
}

QString PanelRegistry::add(const PanelConfig &panel)
{
    return change([&](QList<PanelConfig> &panels) {
        const PanelConfig candidate = normalized(panel);
        if (QString problem = problemWith(candidate); !problem.isEmpty())
            return problem;
        panels << candidate;
        return QString();
    });
}

QString PanelRegistry::update(const QString &name, const PanelConfig &panel)
{
    return change([&](QList<PanelConfig> &panels) {
        const qsizetype index = indexOf(name.trimmed(), panels);
        if (index < 0)
            return tr("There is no panel called “%1”.").arg(name.trimmed());
        const PanelConfig candidate = normalized(panel);
        if (QString problem = problemWith(candidate, panels.at(index).name); !problem.isEmpty())
            return problem;
        panels[index] = candidate;
        return QString();
    });
}

QString PanelRegistry::rename(const QString &name, const QString &newName)
{
    return change([&](QList<PanelConfig> &panels) {
        const qsizetype index = indexOf(name.trimmed(), panels);
        if (index < 0)
            return tr("There is no panel called “%1”.").arg(name.trimmed());
        PanelConfig renamed = panels.at(index);
        renamed.name = newName;
        renamed = normalized(renamed);
        if (QString problem = problemWith(renamed, panels.at(index).name); !problem.isEmpty())
            return problem;
        panels[index] = renamed;
        return QString();
    });
}

QString PanelRegistry::remove(const QString &name)
{
    return change([&](QList<PanelConfig> &panels) {
        const qsizetype index = indexOf(name.trimmed(), panels);
        if (index < 0)
            return tr("There is no panel called “%1”.").arg(name.trimmed());
        panels.removeAt(index);
        return QString();
    });
}

QString PanelRegistry::problemWith(const PanelConfig &panel, const QString &replacing) const
{
    if (QString problem = checkAlone(panel); !problem.isEmpty())
        return problem;
    const bool renamesItself =
        !replacing.isEmpty() && panel.name.compare(replacing, Qt::CaseInsensitive) == 0;
    if (!renamesItself && indexOf(panel.name, list()) >= 0)
        return tr("There is already a panel called “%1”.").arg(panel.name);
    return {};
}

PanelConfig PanelRegistry::normalized(PanelConfig panel)
{
    panel.name = panel.name.trimmed();
    panel.currency = panel.currency.trimmed().toUpper();
    panel.keyEnv = panel.keyEnv.trimmed();
    return panel;
}

bool PanelRegistry::isEnvironmentVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QString PanelRegistry::checkAlone(const PanelConfig &panel)
{
    if (panel.name.isEmpty())
        return tr("A panel needs a name.");
    if (panel.name.compare(PanelConfig::BuiltInName, Qt::CaseInsensitive) == 0)
        return tr("“%1” is the name of the built-in panel. Choose another name.")
            .arg(PanelConfig::BuiltInName);
    if (const QString problem = ApiAddress::problemWith(panel.url); !problem.isEmpty())
        return problem;
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!panel.currency.isEmpty() && !currencyCode.match(panel.currency).hasMatch())
        return tr("“%1” is not a currency code. Use three letters such as USD or IDR, or leave "
                  "it empty to read it from the panel.")
            .arg(panel.currency);
    if (!panel.keyEnv.isEmpty() && !isEnvironmentVariableName(panel.keyEnv))
        return tr("“%1” is not an environment variable name. Use letters, digits and “_”, not "
                  "starting with a digit.")
            .arg(panel.keyEnv);
    return {};
}

qsizetype PanelRegistry::indexOf(const QString &name, const QList<PanelConfig> &panels) const
{
    for (qsizetype i = 0; i < panels.size(); ++i) {
        if (panels.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString PanelRegistry::change(const std::function<QString(QList<PanelConfig> &)> &edit)
{
    // The list is read, changed and written back whole: another process (a window, a command
    // line) must not write it in between, and what it wrote before must be read first.
    const FileWriteLock lock(m_settings.fileName());
    m_settings.sync();
    QList<PanelConfig> panels = list();
    if (QString problem = edit(panels); !problem.isEmpty())
        return problem;
    m_settings.remove(Group);
    m_settings.beginWriteArray(Group, int(panels.size()));
    for (int i = 0; i < panels.size(); ++i) {
        const PanelConfig &panel = panels.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(NameKey, panel.name);
        m_settings.setValue(StyleKey, PanelConfig::styleKey(panel.style));
        m_settings.setValue(UrlKey, panel.url.toString());
        m_settings.setValue(CurrencyKey, panel.currency);
        m_settings.setValue(KeyEnvKey, panel.keyEnv);
    }
    m_settings.endArray();
    m_settings.sync();
    return {};
}
