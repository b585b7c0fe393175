// SPDX-License-Identifier: MIT
#include "launchoptions.h"

#include "alert.h"
#include "resellerpricing.h"
#include "responseparser.h"
#include "searchtext.h"
#include "servicetablemodel.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString columnKeys()
{
    QStringList keys;
    for (int column = 0; column < ServiceTableModel::ColumnCount; ++column)
        keys.append(ServiceTableModel::columnKey(ServiceTableModel::Column(column)));
    return keys.join(QStringLiteral(","));
}

QString plain(double number)
{
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

QString alertKinds()
{
    QStringList keys;
    for (const Alert::Kind kind : Alert::allKinds())
        keys.append(Alert::kindKey(kind));
    return keys.join(QStringLiteral(", "));
}

std::optional<double> parsePrice(const QString &text)
{
    const std::optional<double> price = ResponseParser::parseDecimal(text);
    if (!price || *price < 0 || *price > ResponseParser::MaxPrice)
        return std::nullopt;
    return price;
}

} // namespace

void LaunchOptions::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Browse, filter and export SMM panel price lists.\n\n"
           "Without --export the window opens. With --export the prices are written to a CSV "
           "file without showing a window, filtered and sorted like the window would show "
           "them.\nExit status: 0 on success, 1 when fetching or writing failed, 2 for a bad "
           "command line, 3 when the CSV was written but the prices could not be stored in the "
           "price history, 4 when all went well and --alerts found at least one alert. When "
           "several apply, the first of 2, 1, 3, 4 is the status."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("api-url"),
         tr("Use the panel API at BASE (https://…/smm; plain http only to this computer). "
            "Overrides the SMM_PRICE_API_URL variable and the setting."),
         QStringLiteral("BASE")},
        {QStringLiteral("category"), tr("Fetch the category NAME (exact panel name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("open"), tr("Load a saved API response (.json) instead of fetching."),
         QStringLiteral("FILE")},
        {QStringLiteral("export"),
         tr("Write the services to FILE as CSV without opening the window; - is standard "
            "output. Needs --category or --open."),
         QStringLiteral("FILE")},
        {QStringLiteral("search"),
         tr("Keep services whose name, category, type or note contain every word of TEXT."),
         QStringLiteral("TEXT")},
        {QStringLiteral("refill"), tr("Keep services with refill (yes), without (no), or any."),
         QStringLiteral("yes|no|any")},
        {QStringLiteral("active-only"), tr("Keep active services only.")},
        {QStringLiteral("quantity"),
         tr("Keep services that accept an order of N units (min ≤ N ≤ max); adds the cost."),
         QStringLiteral("N")},
        {QStringLiteral("min-price"), tr("Keep services costing at least P per 1000 units."),
         QStringLiteral("P")},
        {QStringLiteral("max-price"), tr("Keep services costing at most P per 1000 units."),
         QStringLiteral("P")},
        {QStringLiteral("sort"), tr("Sort by COLUMN, ascending (asc) or descending (desc)."),
         QStringLiteral("COLUMN[:asc|desc]")},
        {QStringLiteral("columns"),
         tr("Export these columns, in this order. Known columns: %1.").arg(columnKeys()),
         QStringLiteral("id,name,price,...")},
        {QStringLiteral("separator"),
         tr("Field separator: , (default), ; or tab. Overrides the one of --number-format locale."),
         QStringLiteral(", | ; | tab")},
        {QStringLiteral("number-format"),
         tr("Write numbers raw (default: , between fields, . as decimal mark) or as a "
            "spreadsheet in this computer's locale (LANG, LC_ALL) reads them: for example ; "
            "between fields and , as decimal mark in Indonesian. No thousands separators "
            "either way."),
         QStringLiteral("raw|locale")},
        {QStringLiteral("no-bom"), tr("Do not start the file with a UTF-8 byte order mark.")},
        {QStringLiteral("booleans"),
         tr("Write refill and status as digits (1/0, default) or "
            "words (yes/no)."),
         QStringLiteral("digits|words")},
        {QStringLiteral("no-formula-guard"),
         tr("Do not prefix text starting with = + - @ with an apostrophe.")},
        {QStringLiteral("offline"),
         tr("Export the prices stored by the last successful fetch of --category instead of "
            "fetching.")},
        {QStringLiteral("markup"),
         tr("Your markup for the my_price column, in percent of the panel's price (overrides "
            "the settings)."),
         QStringLiteral("PERCENT")},
        {QStringLiteral("price-step"),
         tr("Round my_price up to a multiple of STEP rupiah; 0 does not round (default: the "
            "settings, 100)."),
         QStringLiteral("STEP")},
        {QStringLiteral("panel"),
         tr("Fetch from the panel NAME (repeatable; see --list-panels). With --category, only "
            "that category of each panel; without it, every service of each panel."),
         QStringLiteral("NAME")},
        {QStringLiteral("all-panels"), tr("Fetch from every panel, the built-in one included.")},
        {QStringLiteral("rate"),
         tr("Convert CUR to rupiah at VALUE rupiah per unit for this run (repeatable), e.g. "
            "USD=16250.5. Overrides the stored and fetched rates."),
         QStringLiteral("CUR=VALUE")},
        {QStringLiteral("add-panel"),
         tr("Add a panel called NAME at --api-url and exit. A v2 panel's key is read from "
            "standard input and kept in the system keychain, unless --key-env names the "
            "variable that holds it."),
         QStringLiteral("NAME")},
        {QStringLiteral("api-style"),
         tr("The API of the panel added: v2 (the standard reseller API, default) or kratos "
            "(the built-in panel's endpoints)."),
         QStringLiteral("v2|kratos")},
        {QStringLiteral("key-env"),
         tr("Read the added panel's key from the environment variable VAR at each run instead "
            "of keeping it in the keychain."),
         QStringLiteral("VAR")},
        {QStringLiteral("remove-panel"), tr("Remove the panel NAME and its stored key, and exit."),
         QStringLiteral("NAME")},
        {QStringLiteral("list-panels"),
         tr("List the panels (name, API style, address, currency) and exit.")},
        {QStringLiteral("alerts"),
         tr("Fetch and store --category (or --saved), then print on standard output one line "
            "per alert the alert rules of the settings find against the fetch stored before: "
            "time, panel, category, service id, kind, old value, new value, separated by tabs. "
            "Kinds: %1. Exit status 4 when there is at least one alert. Works with --panel, "
            "--all-panels and --export FILE (not standard output).")
             .arg(alertKinds())},
        {QStringLiteral("saved"),
         tr("With --alerts: fetch every saved category of the window, one after the other, "
            "instead of --category.")},
        {QStringLiteral("verbose"), tr("Also print Qt's own diagnostic messages.")},
    });
}

QString LaunchOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

QList<int> LaunchOptions::defaultExportColumns()
{
    return {ServiceTableModel::IdColumn,       ServiceTableModel::NameColumn,
            ServiceTableModel::CategoryColumn, ServiceTableModel::TypeColumn,
            ServiceTableModel::PriceColumn,    ServiceTableModel::MinColumn,
            ServiceTableModel::MaxColumn,      ServiceTableModel::RefillColumn,
            ServiceTableModel::StatusColumn};
}

bool LaunchOptions::parsePanelOptions(const QCommandLineParser &parser, LaunchOptions &options)
{
    const QList<std::pair<QString, PanelAction>> actions = {
        {QStringLiteral("add-panel"), PanelAction::Add},
        {QStringLiteral("remove-panel"), PanelAction::Remove},
        {QStringLiteral("list-panels"), PanelAction::List}};
    for (const auto &[name, action] : actions) {
        if (!parser.isSet(name))
            continue;
        if (options.panelAction != PanelAction::None) {
            options.error =
                tr("Use one of --add-panel, --remove-panel and --list-panels at a time.");
            return false;
        }
        options.panelAction = action;
        if (action != PanelAction::List) {
            options.panelName = parser.value(name).trimmed();
            if (options.panelName.isEmpty()) {
                options.error = tr("--%1 needs a panel name.").arg(name);
                return false;
            }
        }
    }
    const bool adding = options.panelAction == PanelAction::Add;
    for (const QString &name : {QStringLiteral("api-style"), QStringLiteral("key-env")}) {
        if (parser.isSet(name) && !adding) {
            options.error = tr("--%1 belongs with --add-panel.").arg(name);
            return false;
        }
    }
    if (adding && options.apiUrl.isEmpty()) {
        options.error = tr("--add-panel needs --api-url with the panel's API address.");
        return false;
    }
    if (parser.isSet(QStringLiteral("api-style"))) {
        const QString style = parser.value(QStringLiteral("api-style"));
        const std::optional<PanelConfig::Style> parsed = PanelConfig::styleFromKey(style);
        if (!parsed) {
            options.error = tr("--api-style takes v2 or kratos, not “%1”.").arg(style);
            return false;
        }
        options.apiStyle = *parsed;
    }
    if (parser.isSet(QStringLiteral("key-env"))) {
        options.keyEnv = parser.value(QStringLiteral("key-env"));
        static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!variableName.match(options.keyEnv).hasMatch()) {
            options.error = tr("--key-env takes the name of an environment variable (letters, "
                               "digits and _), not “%1”.")
                                .arg(options.keyEnv);
            return false;
        }
        if (options.apiStyle != PanelConfig::Style::V2) {
            options.error = tr("--key-env: a kratos-style panel has no key.");
            return false;
        }
    }

    for (const QString &name : parser.values(QStringLiteral("panel"))) {
        if (name.trimmed().isEmpty()) {
            options.error = tr("--panel needs a panel name.");
            return false;
        }
        if (!options.panels.contains(name.trimmed(), Qt::CaseInsensitive))
            options.panels.append(name.trimmed());
    }
    options.allPanels = parser.isSet(QStringLiteral("all-panels"));
    if (options.allPanels && !options.panels.isEmpty()) {
        options.error = tr("Use either --panel or --all-panels, not both.");
        return false;
    }
    if (options.panelAction != PanelAction::None
        && (options.choosesPanels() || parser.isSet(QStringLiteral("export"))
            || parser.isSet(QStringLiteral("category")) || parser.isSet(QStringLiteral("open"))
            || parser.isSet(QStringLiteral("alerts")))) {
        options.error = tr("--add-panel, --remove-panel and --list-panels do not fetch or export; "
                           "run them on their own.");
        return false;
    }

    for (const QString &text : parser.values(QStringLiteral("rate"))) {
        QString error;
        const std::optional<ExchangeRates::RateOption> rate =
            ExchangeRates::parseRateOption(text, &error);
        if (!rate) {
            options.error = error;
            return false;
        }
        options.rates.removeIf([&](const auto &given) { return given.currency == rate->currency; });
        options.rates.append(*rate);
    }
    return true;
}

bool LaunchOptions::parseAlertOptions(const QCommandLineParser &parser, LaunchOptions &options)
{
    options.alerts = parser.isSet(QStringLiteral("alerts"));
    options.saved = parser.isSet(QStringLiteral("saved"));
    if (options.saved && !options.alerts) {
        options.error = tr("--saved belongs with --alerts.");
        return false;
    }
    if (!options.alerts)
        return true;
    if (options.saved && !options.category.isEmpty()) {
        options.error = tr("Use either --category or --saved, not both.");
        return false;
    }
    if (options.saved && !options.exportFile.isEmpty()) {
        options.error = tr("--saved fetches several categories; it cannot be used with --export.");
        return false;
    }
    if (options.category.isEmpty() && !options.saved) {
        options.error = tr("--alerts needs --category NAME or --saved: alerts come from a "
                           "category's fetch compared with the one stored before.");
        return false;
    }
    if (!options.openFile.isEmpty() || parser.isSet(QStringLiteral("offline"))) {
        options.error = tr("--alerts needs a fetch; it cannot be used with --open or --offline.");
        return false;
    }
    if (options.exportFile == QLatin1String("-")) {
        options.error = tr("--alerts writes to standard output; give --export a file name, not -.");
        return false;
    }
    return true;
}

LaunchOptions LaunchOptions::parse(const QStringList &arguments, const QLocale &numberLocale)
{
    LaunchOptions options = parseArguments(arguments, numberLocale);
    // Errors quote what the user typed, which may hold line breaks; the reason stays one line.
    for (QChar &c : options.error) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return options;
}

LaunchOptions LaunchOptions::parseArguments(const QStringList &arguments,
                                            const QLocale &numberLocale)
{
    LaunchOptions options;
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested =
        parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
    options.versionRequested = parser.isSet(QStringLiteral("version"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    if (!parser.positionalArguments().isEmpty()) {
        options.error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first());
        return options;
    }

    options.apiUrl = parser.value(QStringLiteral("api-url"));
    if (!parsePanelOptions(parser, options))
        return options;
    options.category = parser.value(QStringLiteral("category"));
    options.openFile = parser.value(QStringLiteral("open"));
    options.exportFile = parser.value(QStringLiteral("export"));
    if (parser.isSet(QStringLiteral("category")) && options.category.isEmpty()) {
        options.error = tr("--category needs a category name.");
        return options;
    }
    // What the system could not decode became U+FFFD; sent and stored, it would name a
    // category nobody asked for.
    if (options.category.contains(QChar::ReplacementCharacter)) {
        options.error = tr("--category: the name is not valid UTF-8 text.");
        return options;
    }
    if (parser.isSet(QStringLiteral("export")) && options.exportFile.isEmpty()) {
        options.error = tr("--export needs a file name, or - for standard output.");
        return options;
    }
    if (!options.category.isEmpty() && !options.openFile.isEmpty()) {
        options.error = tr("Use either --category or --open, not both.");
        return options;
    }
    if (!parseAlertOptions(parser, options))
        return options;
    if (!options.exportFile.isEmpty() && options.category.isEmpty() && options.openFile.isEmpty()
        && !options.choosesPanels() && !options.saved) {
        options.error = tr("--export needs --category NAME, --open FILE, --panel NAME or "
                           "--all-panels.");
        return options;
    }
    if (options.choosesPanels() && !options.openFile.isEmpty()) {
        options.error = tr("--open reads a saved response; it cannot be used with --panel or "
                           "--all-panels.");
        return options;
    }
    options.offline = parser.isSet(QStringLiteral("offline"));
    if (options.offline && (options.category.isEmpty() || options.exportFile.isEmpty())) {
        options.error = tr("--offline needs --category NAME and --export FILE.");
        return options;
    }
    if (parser.isSet(QStringLiteral("markup"))) {
        const std::optional<double> markup =
            ResponseParser::parseDecimal(parser.value(QStringLiteral("markup")));
        if (!markup || !ResellerPricing::isUsableMarkup(*markup)) {
            options.error = tr("--markup takes a percentage from -100 to 10000, not “%1”.")
                                .arg(parser.value(QStringLiteral("markup")));
            return options;
        }
        options.markupPercent = markup;
    }
    if (parser.isSet(QStringLiteral("price-step"))) {
        const std::optional<double> step =
            ResponseParser::parseDecimal(parser.value(QStringLiteral("price-step")));
        if (!step || !ResellerPricing::isUsableRoundingStep(*step)) {
            options.error =
                tr("--price-step takes 0 (no rounding) or an amount from %1 to %2, not “%3”.")
                    .arg(plain(ResellerPricing::MinRoundingStep),
                         plain(ResellerPricing::MaxRoundingStep),
                         parser.value(QStringLiteral("price-step")));
            return options;
        }
        options.roundingStep = step;
    }

    options.filter.terms = SearchText::terms(parser.value(QStringLiteral("search")));
    options.filter.activeOnly = parser.isSet(QStringLiteral("active-only"));
    if (parser.isSet(QStringLiteral("refill"))) {
        const QString refill = parser.value(QStringLiteral("refill")).toLower();
        if (refill == QLatin1String("yes"))
            options.filter.refill = ServiceFilter::Refill::Yes;
        else if (refill == QLatin1String("no"))
            options.filter.refill = ServiceFilter::Refill::No;
        else if (refill != QLatin1String("any")) {
            options.error = tr("--refill takes yes, no or any, not “%1”.").arg(refill);
            return options;
        }
    }
    if (parser.isSet(QStringLiteral("quantity"))) {
        bool ok = false;
        const qint64 quantity = parser.value(QStringLiteral("quantity")).toLongLong(&ok);
        if (!ok || quantity <= 0) {
            options.error = tr("--quantity takes a whole number above zero, not “%1”.")
                                .arg(parser.value(QStringLiteral("quantity")));
            return options;
        }
        options.filter.quantity = quantity;
    }
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("min-price"), &options.filter.minPrice},
          std::pair{QStringLiteral("max-price"), &options.filter.maxPrice}}) {
        if (!parser.isSet(name))
            continue;
        const std::optional<double> price = parsePrice(parser.value(name));
        if (!price) {
            options.error = tr("--%1 takes a price from 0 to %2, not “%3”.")
                                .arg(name, plain(ResponseParser::MaxPrice), parser.value(name));
            return options;
        }
        *target = price;
    }
    if (options.filter.minPrice && options.filter.maxPrice
        && *options.filter.minPrice > *options.filter.maxPrice) {
        options.error = tr("--min-price %1 is above --max-price %2: no service could match.")
                            .arg(parser.value(QStringLiteral("min-price")),
                                 parser.value(QStringLiteral("max-price")));
        return options;
    }

    if (parser.isSet(QStringLiteral("sort"))) {
        const QString sort = parser.value(QStringLiteral("sort"));
        const QString key = sort.section(u':', 0, 0);
        const QString direction = sort.section(u':', 1).toLower();
        const std::optional<ServiceTableModel::Column> column =
            ServiceTableModel::columnFromKey(key);
        if (!column) {
            options.error =
                tr("--sort: unknown column “%1”. Known columns: %2.").arg(key, columnKeys());
            return options;
        }
        if (!direction.isEmpty() && direction != QLatin1String("asc")
            && direction != QLatin1String("desc")) {
            options.error = tr("--sort: the direction is asc or desc, not “%1”.").arg(direction);
            return options;
        }
        options.sortColumn = *column;
        options.sortOrder =
            direction == QLatin1String("desc") ? Qt::DescendingOrder : Qt::AscendingOrder;
    }

    if (parser.isSet(QStringLiteral("columns"))) {
        for (const QString &key : parser.value(QStringLiteral("columns")).split(u',')) {
            const std::optional<ServiceTableModel::Column> column =
                ServiceTableModel::columnFromKey(key.trimmed());
            if (!column) {
                options.error = tr("--columns: unknown column “%1”. Known columns: %2.")
                                    .arg(key.trimmed(), columnKeys());
                return options;
            }
            options.columns.append(*column);
        }
    } else {
        options.columns = defaultExportColumns();
        if (options.filter.quantity)
            options.columns.insert(options.columns.indexOf(ServiceTableModel::MinColumn),
                                   ServiceTableModel::CostColumn);
        // Rows of several panels say whose they are, and what they cost in rupiah.
        if (options.choosesPanels()) {
            options.columns.prepend(ServiceTableModel::PanelColumn);
            const qsizetype afterPrice =
                options.columns.indexOf(ServiceTableModel::PriceColumn) + 1;
            options.columns.insert(afterPrice, ServiceTableModel::PriceIdrColumn);
            options.columns.insert(afterPrice, ServiceTableModel::CurrencyColumn);
        }
    }

    if (parser.isSet(QStringLiteral("number-format"))) {
        const QString format = parser.value(QStringLiteral("number-format")).toLower();
        if (format == QLatin1String("locale"))
            options.csv = CsvWriter::withNumberFormat(options.csv, CsvWriter::NumberFormat::Locale,
                                                      numberLocale);
        else if (format != QLatin1String("raw")) {
            options.error = tr("--number-format takes raw or locale, not “%1”.").arg(format);
            return options;
        }
    }
    // After --number-format: a separator given here wins over the locale's.
    if (parser.isSet(QStringLiteral("separator"))) {
        const QString separator = parser.value(QStringLiteral("separator"));
        if (separator == QLatin1String(",") || separator == QLatin1String("comma"))
            options.csv.separator = u',';
        else if (separator == QLatin1String(";") || separator == QLatin1String("semicolon"))
            options.csv.separator = u';';
        else if (separator == QLatin1String("tab") || separator == QLatin1String("\t"))
            options.csv.separator = u'\t';
        else {
            options.error = tr("--separator takes , ; or tab, not “%1”.").arg(separator);
            return options;
        }
    }
    options.csv.byteOrderMark = !parser.isSet(QStringLiteral("no-bom"));
    options.csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    if (parser.isSet(QStringLiteral("booleans"))) {
        const QString booleans = parser.value(QStringLiteral("booleans")).toLower();
        if (booleans == QLatin1String("words"))
            options.csv.booleans = CsvWriter::BooleanStyle::Words;
        else if (booleans != QLatin1String("digits")) {
            options.error = tr("--booleans takes digits or words, not “%1”.").arg(booleans);
            return options;
        }
    }
    return options;
}
