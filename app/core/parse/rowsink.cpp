// SPDX-License-Identifier: MIT
#include "rowsink.h"

#include "hugepages.h"

void RowSink::restart()
{
    m_result.services.clear();
    m_used = 0;
    m_result.skippedRows.clear();
    m_result.rowsOverLimit = 0;
    m_result.fieldsShortened = 0;
    m_result.minAboveMax = 0;
}

void RowSink::reserve(qsizetype services)
{
    HugePages::reserve(m_result.services, services);
}
