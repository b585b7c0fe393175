<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>HeadlessExport</name>
    <message numerus="yes">
        <source>exported %1 of %n service(s) to %2</source>
        <translation>
            <numerusform>exported %1 of %n service to %2</numerusform>
            <numerusform>exported %1 of %n services to %2</numerusform>
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
    <name>PanelEditDialog</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
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
