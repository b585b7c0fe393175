// SPDX-License-Identifier: MIT
#include "apiaddress.h"

#include <QHostAddress>

namespace {

// 169.254.0.0/16 and fe80::/10, also written as an IPv4-mapped IPv6 address.
bool isLinkLocal(const QString &host)
{
    const QHostAddress address(host);
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    return address.isLinkLocal() || (mapped && QHostAddress(ipv4).isLinkLocal());
}

// A panel may print its address with the API key in the query ("…/api/v2?key=…"); what is
// pasted from there is never echoed whole.
QString shown(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

} // namespace

QUrl ApiAddress::defaultBase()
{
    return QUrl(QStringLiteral("https://kratos.aisbirnusantara.com/smm"));
}

QString ApiAddress::problemWith(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return tr("“%1” is not a complete web address.").arg(shown(url));
    if (url.host().isEmpty())
        return tr("“%1” has no server name.").arg(shown(url));
    if (isLinkLocal(url.host()))
        return tr("“%1” is a link-local address, where cloud servers keep their private "
                  "configuration; it is never used.")
            .arg(shown(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QHostAddress address(url.host());
        if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || address.isLoopback())
            return {};
        return tr("“%1” is not encrypted. Only https:// addresses are allowed (plain http:// "
                  "only to this computer, for testing).")
            .arg(shown(url));
    }
    return tr("“%1” is not a web address. Only https:// addresses are allowed.").arg(shown(url));
}

QUrl ApiAddress::parse(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    QUrl url(trimmed, QUrl::StrictMode);
    QString problem = problemWith(url);
    if (problem.isEmpty() && (url.hasQuery() || url.hasFragment()))
        problem = tr("“%1” must not go on with “?” or “#”: give the address without them.")
                      .arg(shown(url));
    if (problem.isEmpty() && !url.userInfo().isEmpty())
        problem = tr("“%1” must not hold a user name or password: give the address without them.")
                      .arg(shown(url));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    return url.adjusted(QUrl::StripTrailingSlash);
}

QUrl ApiAddress::choose(const QString &option, const QString &environment, const QString &setting,
                        QString *error)
{
    for (const QString *candidate : {&option, &environment, &setting}) {
        if (!candidate->trimmed().isEmpty())
            return parse(*candidate, error);
    }
    return defaultBase();
}
