// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"

#include <utility>

// Where the rows of a document go: the services appended to the result's list or, for a piece
// of a large body, written into the slots set aside for it in the whole body's list.
class RowSink
{
public:
    explicit RowSink(ParseResult &result)
        : m_result(result)
    {}
    RowSink(ParseResult &result, Service *serviceSlots, qsizetype slotCount)
        : m_result(result)
        , m_slots(serviceSlots)
        , m_slotCount(slotCount)
    {}

    ParseResult &result() { return m_result; }
    qsizetype serviceCount() const { return m_slots ? m_used : m_result.services.size(); }

    bool growsList() const { return !m_slots; }
    void reserve(qsizetype services);
    // False when the slots are full.
    bool add(Service &&service)
    {
        if (!m_slots) {
            m_result.services.append(std::move(service));
            return true;
        }
        if (m_used == m_slotCount)
            return false;
        m_slots[m_used++] = std::move(service);
        return true;
    }
    // A later `data` list replaces the rows read so far.
    void restart();

private:
    ParseResult &m_result;
    Service *m_slots = nullptr;
    qsizetype m_slotCount = 0;
    qsizetype m_used = 0;
};
