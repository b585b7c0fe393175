// SPDX-License-Identifier: MIT
#include "shoppricelist.h"

#include "servicetablemodel.h"

#include <algorithm>

QList<int> ShopPriceList::columns()
{
    return {ServiceTableModel::CategoryColumn, ServiceTableModel::NameColumn,
            ServiceTableModel::NoteColumn,     ServiceTableModel::MinColumn,
            ServiceTableModel::MaxColumn,      ServiceTableModel::MyPriceColumn};
}

QStringList ShopPriceList::headerTitles(Layout layout)
{
    // File formats, not text for people: never translated.
    if (layout == Layout::PanelScript)
        return {QStringLiteral("kategori"), QStringLiteral("layanan"), QStringLiteral("catatan"),
                QStringLiteral("min"),      QStringLiteral("max"),     QStringLiteral("harga")};
    return {QStringLiteral("category"), QStringLiteral("service"), QStringLiteral("note"),
            QStringLiteral("min"),      QStringLiteral("max"),     QStringLiteral("price_idr")};
}

CsvWriter::Options ShopPriceList::options(Layout layout)
{
    CsvWriter::Options options;
    options.byteOrderMark = layout == Layout::Generic;
    options.headerTitles = headerTitles(layout);
    return options;
}

qsizetype ShopPriceList::dropRowsWithoutPrice(TableSnapshot::Contents &contents)
{
    const auto priceless = [&](int row) {
        const Service &service = contents.services.at(row);
        return service.currencyCode() != Service::Rupiah && !contents.rates.priceIdr(service);
    };
    const auto kept = std::remove_if(contents.rows.begin(), contents.rows.end(), priceless);
    const auto dropped = qsizetype(contents.rows.end() - kept);
    contents.rows.erase(kept, contents.rows.end());
    return dropped;
}

ShopPriceList::Result ShopPriceList::write(TableSnapshot::Contents contents, Layout layout,
                                           const QString &path)
{
    Result result;
    result.withoutPrice = dropRowsWithoutPrice(contents);
    const TableSnapshot snapshot(std::move(contents));
    result.written = CsvWriter(options(layout)).writeToFile(snapshot, columns(), path);
    return result;
}
