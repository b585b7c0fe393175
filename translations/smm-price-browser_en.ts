<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%n alert(s) in several categories</source>
        <translation>
            <numerusform>%n alert in several categories</numerusform>
            <numerusform>%n alerts in several categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) changed in %1</source>
        <translation>
            <numerusform>%n price changed in %1</numerusform>
            <numerusform>%n prices changed in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1</source>
        <translation>
            <numerusform>%n alert in %1</numerusform>
            <numerusform>%n alerts in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation>
            <numerusform>Alerts (%n new)</numerusform>
            <numerusform>Alerts (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryBrowser</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message numerus="yes">
        <source>%Ln group(s) of the same offer</source>
        <translation>
            <numerusform>%Ln group of the same offer</numerusform>
            <numerusform>%Ln groups of the same offer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with more than one service</source>
        <translation>
            <numerusform>%Ln with more than one service</numerusform>
            <numerusform>%Ln with more than one service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message numerus="yes">
        <source>The CSV header has %1 titles for %n column(s).</source>
        <translation>
            <numerusform>The CSV header has %1 titles for %n column.</numerusform>
            <numerusform>The CSV header has %1 titles for %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln saved category(ies) to %1.</source>
        <translation>
            <numerusform>Exported %Ln saved category to %1.</numerusform>
            <numerusform>Exported %Ln saved categories to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln saved category(ies).</source>
        <translation>
            <numerusform>Added %Ln saved category.</numerusform>
            <numerusform>Added %Ln saved categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln stored fetch(es) older than %1; the latest of each panel’s category is kept.</source>
        <translation>
            <numerusform>Deleted %Ln stored fetch older than %1; the latest of each panel’s category is kept.</numerusform>
            <numerusform>Deleted %Ln stored fetches older than %1; the latest of each panel’s category is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln alert(s) raised before then.</source>
        <translation>
            <numerusform>Deleted %Ln alert raised before then.</numerusform>
            <numerusform>Deleted %Ln alerts raised before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message numerus="yes">
        <source>The filters hide all %Ln service(s).</source>
        <translation>
            <numerusform>The filters hide all %Ln service.</numerusform>
            <numerusform>The filters hide all %Ln services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exports the %Ln service(s) you see, with the visible columns in their order.</source>
        <translation>
            <numerusform>Exports the %Ln service you see, with the visible columns in their order.</numerusform>
            <numerusform>Exports the %Ln services you see, with the visible columns in their order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>More filters (%n on)</source>
        <translation>
            <numerusform>More filters (%n on)</numerusform>
            <numerusform>More filters (%n on)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupChooserDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln service(s))</source>
        <translation>
            <numerusform>%1 (%Ln service)</numerusform>
            <numerusform>%1 (%Ln services)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message numerus="yes">
        <source>exported %1 of %n service(s) to %2</source>
        <translation>
            <numerusform>exported %1 of %n service to %2</numerusform>
            <numerusform>exported %1 of %n services to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n service(s) without a price in rupiah were left out; give their currency&apos;s rate with --rate</source>
        <translation>
            <numerusform>warning: %n service without a price in rupiah was left out; give their currency&apos;s rate with --rate</numerusform>
            <numerusform>warning: %n services without a price in rupiah were left out; give their currency&apos;s rate with --rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message numerus="yes">
        <source>No keychain is available (it did not answer within %n second(s)). Keep the key in an environment variable instead: --key-env NAME.</source>
        <translation>
            <numerusform>No keychain is available (it did not answer within %n second). Keep the key in an environment variable instead: --key-env NAME.</numerusform>
            <numerusform>No keychain is available (it did not answer within %n seconds). Keep the key in an environment variable instead: --key-env NAME.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarginPlannerDialog</name>
    <message numerus="yes">
        <source>Below cost: %n price(s) would sell for less than the service costs.</source>
        <translation>
            <numerusform>Below cost: %n price would sell for less than the service costs.</numerusform>
            <numerusform>Below cost: %n prices would sell for less than the service costs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding up to the step takes %n price(s) to the competitor&apos;s price or above it.</source>
        <translation>
            <numerusform>Rounding up to the step takes %n price to the competitor&apos;s price or above it.</numerusform>
            <numerusform>Rounding up to the step takes %n prices to the competitor&apos;s price or above it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) have no price: no exchange rate, or a margin or undercut that leaves nothing to sell for.</source>
        <translation>
            <numerusform>%n service have no price: no exchange rate, or a margin or undercut that leaves nothing to sell for.</numerusform>
            <numerusform>%n services have no price: no exchange rate, or a margin or undercut that leaves nothing to sell for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteSanitizer</name>
    <message numerus="yes">
        <source>This note is too long: only its first %Ln characters are shown.</source>
        <translation>
            <numerusform>This note is too long: only its first %Ln character is shown.</numerusform>
            <numerusform>This note is too long: only its first %Ln characters are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParseResult</name>
    <message numerus="yes">
        <source>Services with a minimum above their maximum: %n</source>
        <translation>
            <numerusform>Services with a minimum above their maximum: %n</numerusform>
            <numerusform>Services with a minimum above their maximum: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n (%1)</source>
        <translation>
            <numerusform>Rows skipped: %n (%1)</numerusform>
            <numerusform>Rows skipped: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) past the limit of %1 were not loaded</source>
        <translation>
            <numerusform>%n service past the limit of %1 was not loaded</numerusform>
            <numerusform>%n services past the limit of %1 were not loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlong text(s) were shortened</source>
        <translation>
            <numerusform>%n overlong text was shortened</numerusform>
            <numerusform>%n overlong texts were shortened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceHistoryDialog</name>
    <message numerus="yes">
        <source>%Ln fetch(es). Lowest %1 (%2), highest %3 (%4), now %5.</source>
        <translation>
            <numerusform>%Ln fetch. Lowest %1 (%2), highest %3 (%4), now %5.</numerusform>
            <numerusform>%Ln fetches. Lowest %1 (%2), highest %3 (%4), now %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceSession</name>
    <message numerus="yes">
        <source>Refreshed %n saved categories.</source>
        <translation>
            <numerusform>Refreshed %n saved category.</numerusform>
            <numerusform>Refreshed %n saved categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln categories could not be fetched: the panel could not be reached.</source>
        <translation>
            <numerusform>%L1 of %Ln category could not be fetched: the panel could not be reached.</numerusform>
            <numerusform>%L1 of %Ln categories could not be fetched: the panel could not be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln categories could not be fetched.</source>
        <translation>
            <numerusform>%L1 of %Ln category could not be fetched.</numerusform>
            <numerusform>%L1 of %Ln categories could not be fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored prices are shown for %n of them.</source>
        <translation>
            <numerusform>Stored prices are shown for %n of them.</numerusform>
            <numerusform>Stored prices are shown for %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n panel(s).</source>
        <translation>
            <numerusform>Fetched %n panel.</numerusform>
            <numerusform>Fetched %n panels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panel(s) could not be fetched: %1</source>
        <translation>
            <numerusform>%n panel could not be fetched: %1</numerusform>
            <numerusform>%n panels could not be fetched: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateFetcher</name>
    <message numerus="yes">
        <source>The rate of %1 from %2 was not read: no answer in %n second(s).</source>
        <translation>
            <numerusform>The rate of %1 from %2 was not read: no answer in %n second.</numerusform>
            <numerusform>The rate of %1 from %2 was not read: no answer in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesSettingsPage</name>
    <message numerus="yes">
        <source>%n rate(s) fetched.</source>
        <translation>
            <numerusform>%n rate fetched.</numerusform>
            <numerusform>%n rates fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more failed.)</source>
        <translation>
            <numerusform>(%n more failed.)</numerusform>
            <numerusform>(%n more failed.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegroupActions</name>
    <message numerus="yes">
        <source>Move %n Service(s) to Group</source>
        <translation>
            <numerusform>Move %n Service to Group</numerusform>
            <numerusform>Move %n Services to Group</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedCategoriesController</name>
    <message numerus="yes">
        <source>At most %Ln category(ies) can be saved.</source>
        <translation>
            <numerusform>At most %Ln category can be saved.</numerusform>
            <numerusform>At most %Ln categories can be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsPage</name>
    <message numerus="yes">
        <source>While the app runs, the saved categories and every other panel are fetched again, and what changed raises alerts and a desktop notification. Never more often than every %n minute(s), so the panels are not asked too often.</source>
        <translation>
            <numerusform>While the app runs, the saved categories and every other panel are fetched again, and what changed raises alerts and a desktop notification. Never more often than every %n minute, so the panels are not asked too often.</numerusform>
            <numerusform>While the app runs, the saved categories and every other panel are fetched again, and what changed raises alerts and a desktop notification. Never more often than every %n minutes, so the panels are not asked too often.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAttributes</name>
    <message numerus="yes">
        <source>refill %n day(s)</source>
        <translation>
            <numerusform>refill %n day</numerusform>
            <numerusform>refill %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start: within %n minute(s)</source>
        <translation>
            <numerusform>Start: within %n minute</numerusform>
            <numerusform>Start: within %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start: within %n hour(s)</source>
        <translation>
            <numerusform>Start: within %n hour</numerusform>
            <numerusform>Start: within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start: within %n day(s)</source>
        <translation>
            <numerusform>Start: within %n day</numerusform>
            <numerusform>Start: within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceFormatter</name>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message numerus="yes">
        <source>%1 of %Ln category(ies)</source>
        <translation>
            <numerusform>%1 of %Ln category</numerusform>
            <numerusform>%1 of %Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln service(s)</source>
        <translation>
            <numerusform>%1 of %Ln service</numerusform>
            <numerusform>%1 of %Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln panel(s)</source>
        <translation>
            <numerusform>%1 of %Ln panel</numerusform>
            <numerusform>%1 of %Ln panels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message numerus="yes">
        <source>Exported %Ln service(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln service to %1</numerusform>
            <numerusform>Exported %Ln services to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln Selected Service(s) as a Shop Price List</source>
        <translation>
            <numerusform>Export %Ln Selected Service as a Shop Price List</numerusform>
            <numerusform>Export %Ln Selected Services as a Shop Price List</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln Service(s) as a Shop Price List</source>
        <translation>
            <numerusform>Export %Ln Service as a Shop Price List</numerusform>
            <numerusform>Export %Ln Services as a Shop Price List</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) without a price in rupiah were left out of the price list: add an exchange rate for their currency in Settings ▸ Rates.</source>
        <translation>
            <numerusform>%Ln service without a price in rupiah were left out of the price list: add an exchange rate for their currency in Settings ▸ Rates.</numerusform>
            <numerusform>%Ln services without a price in rupiah were left out of the price list: add an exchange rate for their currency in Settings ▸ Rates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewHeading</name>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
</context>
</TS>
