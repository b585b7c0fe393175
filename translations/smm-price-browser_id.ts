<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Alert</name>
    <message>
        <source>Price up</source>
        <translation>Harga naik</translation>
    </message>
    <message>
        <source>Price down</source>
        <translation>Harga turun</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Turned inactive</source>
        <translation>Menjadi nonaktif</translation>
    </message>
    <message>
        <source>Minimum changed</source>
        <translation>Minimum berubah</translation>
    </message>
    <message>
        <source>Maximum changed</source>
        <translation>Maksimum berubah</translation>
    </message>
    <message>
        <source>Refill changed</source>
        <translation>Isi ulang berubah</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Layanan baru</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo menipis</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>refill</source>
        <translation>isi ulang</translation>
    </message>
    <message>
        <source>no refill</source>
        <translation>tanpa isi ulang</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>tanpa batas</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3%4%)</source>
        <extracomment>a price change: old price → new price (change in percent, e.g. +12.5)</extracomment>
        <translation>%1 → %2 (%3%4%)</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Dilihat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Lama → baru</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <translation>Tampilkan peringatan</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in several categories</source>
        <translation>
            <numerusform>%n peringatan di beberapa kategori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) changed in %1</source>
        <translation>
            <numerusform>%n harga berubah di %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1</source>
        <translation>
            <numerusform>%n peringatan di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Layanan %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 → %4</source>
        <translation>%1: %2, %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…dan %n lainnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRuleEditor</name>
    <message>
        <source>Price &amp;up by more than</source>
        <translation>Harga &amp;naik lebih dari</translation>
    </message>
    <message>
        <source>Price &amp;down by more than</source>
        <translation>Harga &amp;turun lebih dari</translation>
    </message>
    <message>
        <source>Service &amp;removed</source>
        <translation>Layanan &amp;dihapus</translation>
    </message>
    <message>
        <source>Service turned &amp;inactive</source>
        <translation>Layanan menjadi non&amp;aktif</translation>
    </message>
    <message>
        <source>Minimum or ma&amp;ximum order changed</source>
        <translation>Pesanan minimum atau ma&amp;ksimum berubah</translation>
    </message>
    <message>
        <source>Re&amp;fill changed</source>
        <translation>&amp;Isi ulang berubah</translation>
    </message>
    <message>
        <source>&amp;New services</source>
        <translation>Layanan &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Balance below</source>
        <translation>&amp;Saldo di bawah</translation>
    </message>
    <message>
        <source>For panels with the standard reseller API, which report a balance; in the panel&apos;s currency</source>
        <translation>Untuk panel dengan API reseller standar yang melaporkan saldo; dalam mata uang panel</translation>
    </message>
</context>
<context>
    <name>AlertServiceOpener</name>
    <message>
        <source>Service %1 is not listed in %2 any more.</source>
        <translation>Layanan %1 sudah tidak tercantum di %2.</translation>
    </message>
    <message>
        <source>The panel %1 is no longer set up.</source>
        <translation>Panel %1 sudah tidak diatur.</translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message>
        <source>&amp;New only</source>
        <translation>Hanya bar&amp;u</translation>
    </message>
    <message>
        <source>Alert R&amp;ules…</source>
        <translation>Aturan Pe&amp;ringatan…</translation>
    </message>
    <message>
        <source>Acknowle&amp;dge</source>
        <translation>Tandai Sudah &amp;Dilihat</translation>
    </message>
    <message>
        <source>Ackno&amp;wledge All</source>
        <translation>Tandai Semua Sudah Di&amp;lihat</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Search service, ID, category…</source>
        <translation>Cari layanan, ID, kategori…</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Cari peringatan</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Jenis peringatan</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Show only the alerts not acknowledged yet</source>
        <translation>Tampilkan hanya peringatan yang belum ditandai sudah dilihat</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the service in the table</source>
        <translation>Klik dua kali atau tekan Enter untuk menampilkan layanan di tabel</translation>
    </message>
    <message>
        <source>Choose what the alerts watch for (Settings ▸ Alerts)</source>
        <translation>Pilih apa yang dipantau peringatan (Pengaturan ▸ Peringatan)</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen</source>
        <translation>Tandai peringatan yang dipilih sudah dilihat</translation>
    </message>
    <message>
        <source>Show the Alerts pane</source>
        <translation>Tampilkan panel Peringatan</translation>
    </message>
    <message>
        <source>The alerts could not be marked as seen: %1</source>
        <translation>Peringatan tidak dapat ditandai sudah dilihat: %1</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Semua panel</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation>
            <numerusform>Peringatan (%n baru)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n peringatan baru</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts. Alerts appear here when a refresh finds a price change, a removed service or another change your alert rules watch for.</source>
        <translation>Tidak ada peringatan. Peringatan muncul di sini saat penyegaran menemukan perubahan harga, layanan yang dihapus, atau perubahan lain yang dipantau aturan peringatan Anda.</translation>
    </message>
    <message>
        <source>No new alerts. Clear “New only” to see the ones already acknowledged.</source>
        <translation>Tidak ada peringatan baru. Hapus centang “Hanya baru” untuk melihat yang sudah ditandai dilihat.</translation>
    </message>
    <message>
        <source>No alerts match the filters.</source>
        <translation>Tidak ada peringatan yang cocok dengan filter.</translation>
    </message>
</context>
<context>
    <name>AlertsSettingsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>I&amp;gnore Everything Here</source>
        <translation>&amp;Abaikan Semua di Sini</translation>
    </message>
    <message>
        <source>Each fetch is compared with the one before it; an alert is raised for what is checked here. A saved category or a panel may have rules of its own.</source>
        <translation>Setiap pengambilan dibandingkan dengan pengambilan sebelumnya; peringatan dimunculkan untuk yang dicentang di sini. Kategori tersimpan atau panel dapat memiliki aturan sendiri.</translation>
    </message>
    <message>
        <source>Rules for</source>
        <translation>Aturan untuk</translation>
    </message>
    <message>
        <source>Give a saved category or a panel rules of its own</source>
        <translation>Beri kategori tersimpan atau panel aturan sendiri</translation>
    </message>
    <message>
        <source>Use the rules for everything again</source>
        <translation>Gunakan lagi aturan untuk semuanya</translation>
    </message>
    <message>
        <source>Raise no alerts for this category or panel</source>
        <translation>Jangan munculkan peringatan untuk kategori atau panel ini</translation>
    </message>
    <message>
        <source>Rules for:</source>
        <translation>Aturan untuk:</translation>
    </message>
    <message>
        <source>Every category and panel</source>
        <translation>Semua kategori dan panel</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Panel: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message>
        <source>Saved Category</source>
        <translation>Kategori Tersimpan</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>ApiAddress</name>
    <message>
        <source>“%1” is not a complete web address.</source>
        <translation>“%1” bukan alamat web yang lengkap.</translation>
    </message>
    <message>
        <source>“%1” has no server name.</source>
        <translation>“%1” tidak memuat nama server.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted. Only https:// addresses are allowed (plain http:// only to this computer, for testing).</source>
        <translation>“%1” tidak terenkripsi. Hanya alamat https:// yang diizinkan (http:// biasa hanya ke komputer ini, untuk pengujian).</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Only https:// addresses are allowed.</source>
        <translation>“%1” bukan alamat web. Hanya alamat https:// yang diizinkan.</translation>
    </message>
    <message>
        <source>“%1” is a link-local address, where cloud servers keep their private configuration; it is never used.</source>
        <translation>“%1” adalah alamat link-local, tempat server cloud menyimpan konfigurasi pribadinya; alamat ini tidak pernah dipakai.</translation>
    </message>
    <message>
        <source>“%1” must not go on with “?” or “#”: give the address without them.</source>
        <translation>“%1” tidak boleh diikuti “?” atau “#”: berikan alamat tanpa keduanya.</translation>
    </message>
    <message>
        <source>“%1” must not hold a user name or password: give the address without them.</source>
        <translation>“%1” tidak boleh berisi nama pengguna atau kata sandi: berikan alamat tanpa keduanya.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file “%1” cannot be read. The defaults are in use and changes will not be kept.</source>
        <translation>Berkas pengaturan “%1” tidak dapat dibaca. Pengaturan bawaan dipakai dan perubahan tidak akan disimpan.</translation>
    </message>
    <message>
        <source>The settings file was damaged and has been moved to “%1”. The defaults are in use.</source>
        <translation>Berkas pengaturan rusak dan sudah dipindahkan ke “%1”. Pengaturan bawaan dipakai.</translation>
    </message>
    <message>
        <source>The settings file “%1” is damaged and could not be moved aside. The defaults are in use.</source>
        <translation>Berkas pengaturan “%1” rusak dan tidak dapat dipindahkan. Pengaturan bawaan dipakai.</translation>
    </message>
    <message>
        <source>The settings were written by a newer version of SMM Price Browser; a copy was kept at “%1”. Settings this version does not know are ignored.</source>
        <translation>Pengaturan ini ditulis oleh SMM Price Browser versi yang lebih baru; salinannya disimpan di “%1”. Pengaturan yang tidak dikenal versi ini diabaikan.</translation>
    </message>
    <message>
        <source>The settings in “%1” were written by a newer version of SMM Price Browser and could not be backed up. Settings this version does not know are ignored.</source>
        <translation>Pengaturan di “%1” ditulis oleh SMM Price Browser versi yang lebih baru dan tidak dapat dicadangkan. Pengaturan yang tidak dikenal versi ini diabaikan.</translation>
    </message>
</context>
<context>
    <name>BoundedFetch</name>
    <message>
        <source>The panel redirected the request to %1 instead of answering. Requests that carry an API key are not redirected: check the panel&apos;s API address.</source>
        <translation>Panel mengalihkan permintaan ke %1 alih-alih menjawab. Permintaan yang membawa kunci API tidak dialihkan: periksa alamat API panel.</translation>
    </message>
    <message>
        <source>it would leave the encrypted connection</source>
        <translation>koneksi tidak lagi terenkripsi</translation>
    </message>
    <message>
        <source>The panel redirected to an address that is not allowed (%1): %2</source>
        <translation>Panel mengalihkan ke alamat yang tidak diizinkan (%1): %2</translation>
    </message>
    <message>
        <source>The panel redirected too many times.</source>
        <translation>Terlalu banyak pengalihan dari panel.</translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 MB and was stopped. The limit can be raised in Settings.</source>
        <translation>Respons melebihi batas %1 MB sehingga dihentikan. Batas ini dapat dinaikkan di Pengaturan.</translation>
    </message>
    <message>
        <source>The panel answered HTTP %1 %2 instead of price data.</source>
        <translation>Panel menjawab HTTP %1 %2, bukan data harga.</translation>
    </message>
    <message>
        <source>The connection closed early: only %1 of %2 bytes arrived.</source>
        <translation>Koneksi terputus lebih awal: hanya %1 dari %2 byte yang diterima.</translation>
    </message>
    <message>
        <source>Cannot find the panel&apos;s server “%1”. Check your internet connection and the API address.</source>
        <translation>Server panel “%1” tidak ditemukan. Periksa koneksi internet dan alamat API Anda.</translation>
    </message>
    <message>
        <source>The panel&apos;s server “%1” refused the connection. It may be down; try again later.</source>
        <translation>Server panel “%1” menolak koneksi. Mungkin sedang gangguan; coba lagi nanti.</translation>
    </message>
    <message>
        <source>The connection closed before the whole response arrived.</source>
        <translation>Koneksi terputus sebelum seluruh respons diterima.</translation>
    </message>
    <message>
        <source>The panel stopped answering: nothing arrived for %1 seconds.</source>
        <translation>Panel berhenti menjawab: tidak ada data masuk selama %1 detik.</translation>
    </message>
    <message>
        <source>The secure connection to “%1” failed.</source>
        <translation>Koneksi aman ke “%1” gagal.</translation>
    </message>
    <message>
        <source>The secure connection to “%1” failed: %2</source>
        <translation>Koneksi aman ke “%1” gagal: %2</translation>
    </message>
    <message>
        <source>The panel redirected to an address that is not encrypted.</source>
        <translation>Panel mengalihkan ke alamat yang tidak terenkripsi.</translation>
    </message>
    <message>
        <source>No network connection. Check your internet connection and try again.</source>
        <translation>Tidak ada koneksi jaringan. Periksa koneksi internet Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The network proxy could not be used.</source>
        <translation>Proksi jaringan tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>The panel&apos;s response could not be unpacked: it is marked as compressed (%1) but is damaged.</source>
        <translation>Respons panel tidak dapat dibongkar: ditandai sebagai terkompresi (%1) tetapi rusak.</translation>
    </message>
    <message>
        <source>The panel redirected to an address that is not allowed.</source>
        <translation>Panel mengalihkan ke alamat yang tidak diizinkan.</translation>
    </message>
    <message>
        <source>The request failed (network error %1).</source>
        <translation>Permintaan gagal (galat jaringan %1).</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>Permintaan gagal: %1</translation>
    </message>
    <message>
        <source>No complete response header arrived from “%1” within %2 seconds: the panel sent nothing, or header lines that never ended.</source>
        <translation>Tidak ada header respons lengkap dari “%1” dalam %2 detik: panel tidak mengirim apa pun, atau mengirim baris header yang tidak pernah selesai.</translation>
    </message>
    <message>
        <source>The panel was too slow: the whole response did not arrive within %1 seconds. The limit can be raised in Settings.</source>
        <translation>Panel terlalu lambat: respons lengkap tidak tiba dalam %1 detik. Batas ini dapat dinaikkan di Pengaturan.</translation>
    </message>
    <message>
        <source>The panel reported an error: %1 (HTTP %2)</source>
        <translation>Panel melaporkan kesalahan: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The panel answered with an error page instead of price data (HTTP %1).</source>
        <translation>Panel menjawab dengan halaman kesalahan, bukan data harga (HTTP %1).</translation>
    </message>
    <message>
        <source>The panel answered with an error (HTTP %1).</source>
        <translation>Panel menjawab dengan kesalahan (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CategoryBrowser</name>
    <message>
        <source>Find a category</source>
        <translation>Cari kategori</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Every service of the panel&apos;s catalog</source>
        <translation>Seluruh layanan dalam katalog panel</translation>
    </message>
    <message>
        <source>Pin to Saved Categories</source>
        <translation>Sematkan ke Kategori Tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n layanan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The categories of the panel “%1”</source>
        <translation>Kategori panel “%1”</translation>
    </message>
</context>
<context>
    <name>CategoryDirectory</name>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Twitter / X</source>
        <translation>Twitter / X</translation>
    </message>
    <message>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <source>Website traffic</source>
        <translation>Trafik website</translation>
    </message>
    <message>
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>CategoryRefresher</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Permintaan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Compar&amp;e Panels</source>
        <translation>Bandingkan Pan&amp;el</translation>
    </message>
    <message>
        <source>The same offer on every panel: cheapest, runner-up, spread</source>
        <translation>Penawaran yang sama di semua panel: termurah, urutan kedua, selisih</translation>
    </message>
    <message>
        <source>P&amp;lan Selling Prices…</source>
        <translation>&amp;Rencanakan Harga Jual…</translation>
    </message>
    <message>
        <source>A selling price per 1000 for the selected services from a margin or a competitor&apos;s price</source>
        <translation>Harga jual per 1000 untuk layanan yang dipilih berdasarkan margin atau harga pesaing</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>&amp;Pindahkan ke Grup…</translation>
    </message>
    <message>
        <source>&amp;Split Into New Group</source>
        <translation>Pi&amp;sahkan ke Grup Baru</translation>
    </message>
    <message>
        <source>Reset Service to &amp;Automatic Group</source>
        <translation>Kembalikan Layanan ke Grup &amp;Otomatis</translation>
    </message>
    <message>
        <source>Service %1 is not in the table: the filters hide it.</source>
        <translation>Layanan %1 tidak ada di tabel: disembunyikan oleh filter.</translation>
    </message>
    <message>
        <source>Select services to plan their selling prices.</source>
        <translation>Pilih layanan untuk merencanakan harga jualnya.</translation>
    </message>
    <message>
        <source>%1 — cheapest: %2</source>
        <extracomment>A group in the margin planner, then the service its cost comes from.</extracomment>
        <translation>%1 — termurah: %2</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Groups of the same offer</source>
        <translation>Grup penawaran yang sama</translation>
    </message>
    <message>
        <source>Load prices to compare the same offer across panels; with “All panels” every panel&apos;s services are compared.</source>
        <translation>Muat harga untuk membandingkan penawaran yang sama antarpanel; dengan “Semua panel”, layanan semua panel dibandingkan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of the same offer</source>
        <translation>
            <numerusform>%Ln grup penawaran yang sama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with more than one service</source>
        <translation>
            <numerusform>%Ln dengan lebih dari satu layanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln layanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>grouping…</source>
        <translation>mengelompokkan…</translation>
    </message>
    <message>
        <source>Show in &amp;Table</source>
        <translation>Tampilkan di &amp;Tabel</translation>
    </message>
    <message>
        <source>&amp;Plan Selling Prices…</source>
        <translation>&amp;Rencanakan Harga Jual…</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>A CSV separator cannot be empty, a double quote or a line break.</source>
        <translation>Pemisah CSV tidak boleh kosong, tanda kutip ganda, atau baris baru.</translation>
    </message>
    <message>
        <source>There are no columns to export.</source>
        <translation>Tidak ada kolom untuk diekspor.</translation>
    </message>
    <message>
        <source>The table has no column %1.</source>
        <translation>Tabel tidak memiliki kolom %1.</translation>
    </message>
    <message>
        <source>The CSV data has nowhere to go: the output is not open for writing.</source>
        <translation>Data CSV tidak punya tujuan: keluaran tidak terbuka untuk ditulisi.</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>Gagal menulis data CSV: %1</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Gagal menulis ke keluaran standar: %1</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Nama berkas untuk ekspor belum diisi.</translation>
    </message>
    <message>
        <source>Could not open “%1” for writing: %2</source>
        <translation>Gagal membuka “%1” untuk ditulisi: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Gagal menulis “%1”: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Gagal menyimpan “%1”: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>A decimal mark cannot be empty, a digit, a minus, a double quote or a line break.</source>
        <translation>Tanda desimal tidak boleh kosong, angka, tanda minus, tanda kutip ganda, atau baris baru.</translation>
    </message>
    <message numerus="yes">
        <source>The CSV header has %1 titles for %n column(s).</source>
        <translation>
            <numerusform>Header CSV memiliki %1 judul untuk %n kolom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Delete Older History</source>
        <translation>Hapus Riwayat Lama</translation>
    </message>
    <message>
        <source>Export Saved Categories…</source>
        <translation>Ekspor Kategori Tersimpan…</translation>
    </message>
    <message>
        <source>Import Saved Categories…</source>
        <translation>Impor Kategori Tersimpan…</translation>
    </message>
    <message>
        <source>Price history:</source>
        <translation>Riwayat harga:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Simpan yang terakhir:</translation>
    </message>
    <message>
        <source>Saved categories:</source>
        <translation>Kategori tersimpan:</translation>
    </message>
    <message>
        <source>Export Saved Categories</source>
        <translation>Ekspor Kategori Tersimpan</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Saved Categories</source>
        <translation>Impor Kategori Tersimpan</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>The old history could not be deleted.</source>
        <translation>Riwayat lama gagal dihapus.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Buka Folder</translation>
    </message>
    <message>
        <source>Show the folder that holds the price history</source>
        <translation>Tampilkan folder yang menyimpan riwayat harga</translation>
    </message>
    <message>
        <source>The folder “%1” could not be opened.</source>
        <translation>Folder “%1” tidak dapat dibuka.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln saved category(ies) to %1.</source>
        <translation>
            <numerusform>%Ln kategori tersimpan diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln saved category(ies).</source>
        <translation>
            <numerusform>%Ln kategori tersimpan ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln stored fetch(es) older than %1; the latest of each panel’s category is kept.</source>
        <translation>
            <numerusform>%Ln pengambilan tersimpan yang lebih lama dari %1 dihapus; yang terbaru dari setiap kategori tiap panel tetap disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old alerts could not be deleted.</source>
        <translation>Peringatan lama tidak dapat dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln alert(s) raised before then.</source>
        <translation>
            <numerusform>%Ln peringatan yang muncul sebelum itu dihapus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Or start with one of the largest categories:</source>
        <translation>Atau mulai dengan salah satu kategori terbesar:</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Hapus Filter</translation>
    </message>
    <message>
        <source>Which prices do you want to see?</source>
        <translation>Harga apa yang ingin Anda lihat?</translation>
    </message>
    <message>
        <source>Type a category name in the box above and press Enter, or pick a category from the list of categories.</source>
        <translation>Ketik nama kategori di kotak di atas lalu tekan Enter, atau pilih kategori dari daftar kategori.</translation>
    </message>
    <message>
        <source>No service matches the filters</source>
        <translation>Tidak ada layanan yang cocok dengan filter</translation>
    </message>
    <message numerus="yes">
        <source>The filters hide all %Ln service(s).</source>
        <translation>
            <numerusform>Filter menyembunyikan semua %Ln layanan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>--rate wants CUR=VALUE with a three-letter currency code, as in USD=16250.5; got &quot;%1&quot;.</source>
        <translation>--rate memerlukan CUR=NILAI dengan kode mata uang tiga huruf, seperti USD=16250.5; diterima &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--rate %1: the rate must be a number above zero, in rupiah per 1 %1, written like 16250.5; got &quot;%2&quot;.</source>
        <translation>--rate %1: kurs harus berupa angka di atas nol, dalam rupiah per 1 %1, ditulis seperti 16250.5; diterima &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Awali dengan penanda urutan &amp;byte (untuk Excel)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (text starting with = + - @)</source>
        <translation>&amp;Lindungi dari rumus (teks yang diawali = + - @)</translation>
    </message>
    <message>
        <source>Add the &amp;notes as plain text</source>
        <translation>Sertakan &amp;catatan sebagai teks biasa</translation>
    </message>
    <message>
        <source>Add the panel&apos;s own price &amp;text</source>
        <translation>Sertakan &amp;teks harga asli dari panel</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>1 and 0</source>
        <translation>1 dan 0</translation>
    </message>
    <message>
        <source>yes and no</source>
        <translation>ya dan tidak</translation>
    </message>
    <message>
        <source>Spreadsheets run text that starts with these characters as a formula. An apostrophe in front makes it plain text.</source>
        <translation>Aplikasi spreadsheet menjalankan teks yang diawali karakter ini sebagai rumus. Apostrof di depannya menjadikannya teks biasa.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Pilih Berkas…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Pe&amp;misah:</translation>
    </message>
    <message>
        <source>Refill and status as:</source>
        <translation>Refill dan status ditulis sebagai:</translation>
    </message>
    <message>
        <source>For a spreadsheet on this computer</source>
        <translation>Untuk spreadsheet di komputer ini</translation>
    </message>
    <message>
        <source>For a program</source>
        <translation>Untuk program</translation>
    </message>
    <message numerus="yes">
        <source>Exports the %Ln service(s) you see, with the visible columns in their order.</source>
        <translation>
            <numerusform>Mengekspor %Ln layanan yang Anda lihat, dengan kolom yang tampil sesuai urutannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Numbers as this computer writes them: %1 for a half, no thousands separators, no “Rp”.</source>
        <translation>Angka seperti yang ditulis komputer ini: %1 untuk setengah, tanpa pemisah ribuan, tanpa “Rp”.</translation>
    </message>
    <message>
        <source>Numbers with a decimal point and no thousands separators: 0.5, 24866.</source>
        <translation>Angka dengan titik desimal dan tanpa pemisah ribuan: 0.5, 24866.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Price per 1,000 units; leave at “Any” for no limit</source>
        <translation>Harga per 1.000 unit; biarkan “Semua” agar tidak dibatasi</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Hanya akti&amp;f</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Harga terendah</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Harga tertinggi</translation>
    </message>
    <message>
        <source>Filter by name, category, type or note</source>
        <translation>Saring menurut nama, kategori, jenis, atau catatan</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Refill</translation>
    </message>
    <message>
        <source>Refill: any</source>
        <translation>Refill: semua</translation>
    </message>
    <message>
        <source>Refill: yes</source>
        <translation>Refill: ya</translation>
    </message>
    <message>
        <source>Refill: no</source>
        <translation>Refill: tidak</translation>
    </message>
    <message>
        <source>Quantity I need</source>
        <translation>Jumlah pesanan</translation>
    </message>
    <message>
        <source>Show only services that accept this quantity, and what it costs</source>
        <translation>Tampilkan hanya layanan yang menerima jumlah ini, beserta biayanya</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Kosongkan semua filter</translation>
    </message>
    <message>
        <source>&amp;Quantity I need:</source>
        <translation>&amp;Jumlah pesanan:</translation>
    </message>
    <message>
        <source>&amp;Price / 1K:</source>
        <translation>&amp;Harga / 1K:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Only services that are new or whose price changed since the previous fetch of their category</source>
        <translation>Hanya layanan yang baru atau yang harganya berubah sejak pengambilan sebelumnya untuk kategorinya</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>Hanya yang berubah</translation>
    </message>
    <message>
        <source>The filters that do not fit in this window</source>
        <translation>Filter yang tidak muat di jendela ini</translation>
    </message>
    <message numerus="yes">
        <source>More filters (%n on)</source>
        <translation>
            <numerusform>Filter lain (%n aktif)</numerusform>
        </translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Filter lain</translation>
    </message>
</context>
<context>
    <name>GroupChooserDialog</name>
    <message>
        <source>Search groups</source>
        <translation>Cari grup</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln service(s))</source>
        <translation>
            <numerusform>%1 (%Ln layanan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupComparisonModel</name>
    <message>
        <source>%1 a day</source>
        <translation>%1 per hari</translation>
    </message>
    <message>
        <source>instant start</source>
        <translation>mulai instan</translation>
    </message>
    <message>
        <source>no price in rupiah</source>
        <translation>tidak ada harga dalam rupiah</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The runner-up of a group: its panel, then its price.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Regrouped by you</source>
        <translation>%1
Dikelompokkan ulang oleh Anda</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>termurah</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>tidak ada kurs</translation>
    </message>
    <message>
        <source>Group / service</source>
        <translation>Grup / layanan</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Termurah</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Price per 1K</source>
        <translation>Harga per 1K</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Urutan kedua</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Spread %</source>
        <translation>Selisih %</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Refill, speed, quality</source>
        <translation>Isi ulang, kecepatan, kualitas</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>the request was cancelled</source>
        <translation>permintaan dibatalkan</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>warning: no services in this category</source>
        <translation>peringatan: tidak ada layanan dalam kategori ini</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>kesalahan: %1</translation>
    </message>
    <message>
        <source>%1 (prices of this category stored at %2 can be exported with --offline)</source>
        <translation>%1 (harga kategori ini yang tersimpan pada %2 bisa diekspor dengan --offline)</translation>
    </message>
    <message>
        <source>no prices of “%1” are stored yet; fetch it once without --offline</source>
        <translation>belum ada harga “%1” yang tersimpan; ambil sekali tanpa --offline</translation>
    </message>
    <message>
        <source>offline: prices stored at %1</source>
        <translation>luring: harga yang tersimpan pada %1</translation>
    </message>
    <message>
        <source>error: the prices were exported but not stored in the price history: %1</source>
        <translation>error: harga sudah diekspor tetapi tidak tersimpan di riwayat harga: %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %1 of %n service(s) to %2</source>
        <translation>
            <numerusform>mengekspor %1 dari %n layanan ke %2</numerusform>
        </translation>
    </message>
    <message>
        <source>error: there is no panel called “%1” (see --list-panels)</source>
        <translation>galat: tidak ada panel bernama “%1” (lihat --list-panels)</translation>
    </message>
    <message>
        <source>error: panel “%1”: %2</source>
        <translation>galat: panel “%1”: %2</translation>
    </message>
    <message>
        <source>warning: panel “%1”: %2</source>
        <translation>peringatan: panel “%1”: %2</translation>
    </message>
    <message>
        <source>warning: exchange rates were not fetched: %1</source>
        <translation>peringatan: kurs tidak diambil: %1</translation>
    </message>
    <message>
        <source>offline: panel “%1”: prices stored at %2</source>
        <translation>offline: panel “%1”: harga tersimpan pada %2</translation>
    </message>
    <message>
        <source>error: the prices were not stored in the price history, so they were not compared: %1</source>
        <translation>galat: harga tidak tersimpan di riwayat harga, sehingga tidak dibandingkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n service(s) without a price in rupiah were left out; give their currency&apos;s rate with --rate</source>
        <translation>
            <numerusform>peringatan: %n layanan tanpa harga dalam rupiah tidak disertakan; berikan kurs mata uangnya dengan --rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No key is stored for the panel “%1”. Enter it in Settings ▸ Panels or with --add-panel, or keep it in an environment variable: --key-env NAME.</source>
        <translation>Tidak ada kunci tersimpan untuk panel “%1”. Masukkan di Pengaturan ▸ Panel atau dengan --add-panel, atau simpan di variabel lingkungan: --key-env NAMA.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keep the key in an environment variable instead: --key-env NAME.</source>
        <translation>Tidak ada keychain yang tersedia (%1). Simpan kunci di variabel lingkungan sebagai gantinya: --key-env NAMA.</translation>
    </message>
    <message>
        <source>The keychain refused access to the key of the panel “%1” (%2). Unlock the keychain and try again.</source>
        <translation>Keychain menolak akses ke kunci panel “%1” (%2). Buka kunci keychain lalu coba lagi.</translation>
    </message>
    <message>
        <source>The keychain could not read the key of the panel “%1”: %2</source>
        <translation>Keychain tidak dapat membaca kunci panel “%1”: %2</translation>
    </message>
    <message>
        <source>The keychain could not store the key of the panel “%1”: %2</source>
        <translation>Keychain tidak dapat menyimpan kunci panel “%1”: %2</translation>
    </message>
    <message>
        <source>The keychain could not delete the key of the panel “%1”: %2</source>
        <translation>Keychain tidak dapat menghapus kunci panel “%1”: %2</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Kuncinya kosong.</translation>
    </message>
    <message numerus="yes">
        <source>No keychain is available (it did not answer within %n second(s)). Keep the key in an environment variable instead: --key-env NAME.</source>
        <translation>
            <numerusform>Tidak ada keychain yang tersedia (tidak menjawab dalam %n detik). Simpan kunci di variabel lingkungan sebagai gantinya: --key-env NAMA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Use the panel API at BASE (https://…/smm; plain http only to this computer). Overrides the SMM_PRICE_API_URL variable and the setting.</source>
        <translation>Gunakan API panel di BASE (https://…/smm; http biasa hanya ke komputer ini). Mengesampingkan variabel SMM_PRICE_API_URL dan pengaturan.</translation>
    </message>
    <message>
        <source>Fetch the category NAME (exact panel name).</source>
        <translation>Ambil kategori NAME (nama persis seperti di panel).</translation>
    </message>
    <message>
        <source>Load a saved API response (.json) instead of fetching.</source>
        <translation>Muat respons API yang tersimpan (.json), tanpa mengambil dari panel.</translation>
    </message>
    <message>
        <source>Write the services to FILE as CSV without opening the window; - is standard output. Needs --category or --open.</source>
        <translation>Tulis layanan ke FILE sebagai CSV tanpa membuka jendela; - berarti keluaran standar. Memerlukan --category atau --open.</translation>
    </message>
    <message>
        <source>Keep services whose name, category, type or note contain every word of TEXT.</source>
        <translation>Hanya layanan yang nama, kategori, jenis, atau catatannya memuat semua kata dalam TEXT.</translation>
    </message>
    <message>
        <source>Keep services with refill (yes), without (no), or any.</source>
        <translation>Hanya layanan dengan refill (yes), tanpa refill (no), atau semuanya (any).</translation>
    </message>
    <message>
        <source>Keep active services only.</source>
        <translation>Hanya layanan yang aktif.</translation>
    </message>
    <message>
        <source>Keep services that accept an order of N units (min ≤ N ≤ max); adds the cost.</source>
        <translation>Hanya layanan yang menerima pesanan N unit (min ≤ N ≤ maks); menambahkan biayanya.</translation>
    </message>
    <message>
        <source>Keep services costing at least P per 1000 units.</source>
        <translation>Hanya layanan dengan harga minimal P per 1000 unit.</translation>
    </message>
    <message>
        <source>Keep services costing at most P per 1000 units.</source>
        <translation>Hanya layanan dengan harga maksimal P per 1000 unit.</translation>
    </message>
    <message>
        <source>Sort by COLUMN, ascending (asc) or descending (desc).</source>
        <translation>Urutkan menurut COLUMN, naik (asc) atau turun (desc).</translation>
    </message>
    <message>
        <source>Export these columns, in this order. Known columns: %1.</source>
        <translation>Ekspor kolom-kolom ini dengan urutan ini. Kolom yang dikenal: %1.</translation>
    </message>
    <message>
        <source>Do not start the file with a UTF-8 byte order mark.</source>
        <translation>Jangan awali berkas dengan penanda urutan byte (BOM) UTF-8.</translation>
    </message>
    <message>
        <source>Do not prefix text starting with = + - @ with an apostrophe.</source>
        <translation>Jangan beri apostrof di depan teks yang diawali = + - @.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumen “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>--category needs a category name.</source>
        <translation>--category memerlukan nama kategori.</translation>
    </message>
    <message>
        <source>--export needs a file name, or - for standard output.</source>
        <translation>--export memerlukan nama berkas, atau - untuk keluaran standar.</translation>
    </message>
    <message>
        <source>Use either --category or --open, not both.</source>
        <translation>Gunakan --category atau --open, jangan keduanya.</translation>
    </message>
    <message>
        <source>--refill takes yes, no or any, not “%1”.</source>
        <translation>--refill menerima yes, no, atau any, bukan “%1”.</translation>
    </message>
    <message>
        <source>--quantity takes a whole number above zero, not “%1”.</source>
        <translation>--quantity menerima bilangan bulat di atas nol, bukan “%1”.</translation>
    </message>
    <message>
        <source>--sort: unknown column “%1”. Known columns: %2.</source>
        <translation>--sort: kolom “%1” tidak dikenal. Kolom yang dikenal: %2.</translation>
    </message>
    <message>
        <source>--sort: the direction is asc or desc, not “%1”.</source>
        <translation>--sort: arah pengurutan adalah asc atau desc, bukan “%1”.</translation>
    </message>
    <message>
        <source>--columns: unknown column “%1”. Known columns: %2.</source>
        <translation>--columns: kolom “%1” tidak dikenal. Kolom yang dikenal: %2.</translation>
    </message>
    <message>
        <source>--separator takes , ; or tab, not “%1”.</source>
        <translation>--separator menerima , ; atau tab, bukan “%1”.</translation>
    </message>
    <message>
        <source>--booleans takes digits or words, not “%1”.</source>
        <translation>--booleans menerima digits atau words, bukan “%1”.</translation>
    </message>
    <message>
        <source>Export the prices stored by the last successful fetch of --category instead of fetching.</source>
        <translation>Ekspor harga yang tersimpan dari pengambilan --category terakhir yang berhasil, tanpa mengambil ulang.</translation>
    </message>
    <message>
        <source>Your markup for the my_price column, in percent of the panel&apos;s price (overrides the settings).</source>
        <translation>Markup Anda untuk kolom my_price, dalam persen dari harga panel (menggantikan pengaturan).</translation>
    </message>
    <message>
        <source>Round my_price up to a multiple of STEP rupiah; 0 does not round (default: the settings, 100).</source>
        <translation>Bulatkan my_price ke atas ke kelipatan STEP rupiah; 0 berarti tidak dibulatkan (bawaan: pengaturan, 100).</translation>
    </message>
    <message>
        <source>--offline needs --category NAME and --export FILE.</source>
        <translation>--offline memerlukan --category NAMA dan --export BERKAS.</translation>
    </message>
    <message>
        <source>--markup takes a percentage from -100 to 10000, not “%1”.</source>
        <translation>--markup menerima persentase dari -100 sampai 10000, bukan “%1”.</translation>
    </message>
    <message>
        <source>Also print Qt&apos;s own diagnostic messages.</source>
        <translation>Tampilkan juga pesan diagnostik milik Qt.</translation>
    </message>
    <message>
        <source>--category: the name is not valid UTF-8 text.</source>
        <translation>--category: nama ini bukan teks UTF-8 yang valid.</translation>
    </message>
    <message>
        <source>--price-step takes 0 (no rounding) or an amount from %1 to %2, not “%3”.</source>
        <translation>--price-step menerima 0 (tanpa pembulatan) atau jumlah dari %1 sampai %2, bukan “%3”.</translation>
    </message>
    <message>
        <source>--%1 takes a price from 0 to %2, not “%3”.</source>
        <translation>--%1 menerima harga dari 0 sampai %2, bukan “%3”.</translation>
    </message>
    <message>
        <source>--min-price %1 is above --max-price %2: no service could match.</source>
        <translation>--min-price %1 lebih tinggi dari --max-price %2: tidak ada layanan yang bisa cocok.</translation>
    </message>
    <message>
        <source>Field separator: , (default), ; or tab. Overrides the one of --number-format locale.</source>
        <translation>Pemisah kolom: , (bawaan), ; atau tab. Menggantikan pemisah dari --number-format locale.</translation>
    </message>
    <message>
        <source>Write numbers raw (default: , between fields, . as decimal mark) or as a spreadsheet in this computer&apos;s locale (LANG, LC_ALL) reads them: for example ; between fields and , as decimal mark in Indonesian. No thousands separators either way.</source>
        <translation>Tulis angka mentah (bawaan: , di antara kolom, . sebagai tanda desimal) atau seperti yang dibaca spreadsheet dalam lokal komputer ini (LANG, LC_ALL): misalnya ; di antara kolom dan , sebagai tanda desimal dalam bahasa Indonesia. Tanpa pemisah ribuan di keduanya.</translation>
    </message>
    <message>
        <source>--number-format takes raw or locale, not “%1”.</source>
        <translation>--number-format menerima raw atau locale, bukan “%1”.</translation>
    </message>
    <message>
        <source>Fetch from the panel NAME (repeatable; see --list-panels). With --category, only that category of each panel; without it, every service of each panel.</source>
        <translation>Ambil dari panel NAMA (bisa diulang; lihat --list-panels). Dengan --category, hanya kategori itu dari setiap panel; tanpanya, semua layanan setiap panel.</translation>
    </message>
    <message>
        <source>Fetch from every panel, the built-in one included.</source>
        <translation>Ambil dari semua panel, termasuk panel bawaan.</translation>
    </message>
    <message>
        <source>Convert CUR to rupiah at VALUE rupiah per unit for this run (repeatable), e.g. USD=16250.5. Overrides the stored and fetched rates.</source>
        <translation>Konversi CUR ke rupiah dengan NILAI rupiah per unit untuk eksekusi ini (bisa diulang), mis. USD=16250.5. Menggantikan kurs yang tersimpan dan yang diambil.</translation>
    </message>
    <message>
        <source>Add a panel called NAME at --api-url and exit. A v2 panel&apos;s key is read from standard input and kept in the system keychain, unless --key-env names the variable that holds it.</source>
        <translation>Tambahkan panel bernama NAMA di --api-url lalu keluar. Kunci panel v2 dibaca dari input standar dan disimpan di keychain sistem, kecuali --key-env menyebut variabel yang menyimpannya.</translation>
    </message>
    <message>
        <source>The API of the panel added: v2 (the standard reseller API, default) or kratos (the built-in panel&apos;s endpoints).</source>
        <translation>API panel yang ditambahkan: v2 (API reseller standar, bawaan) atau kratos (endpoint panel bawaan).</translation>
    </message>
    <message>
        <source>Read the added panel&apos;s key from the environment variable VAR at each run instead of keeping it in the keychain.</source>
        <translation>Baca kunci panel yang ditambahkan dari variabel lingkungan VAR di setiap eksekusi alih-alih menyimpannya di keychain.</translation>
    </message>
    <message>
        <source>Remove the panel NAME and its stored key, and exit.</source>
        <translation>Hapus panel NAMA beserta kunci tersimpannya, lalu keluar.</translation>
    </message>
    <message>
        <source>List the panels (name, API style, address, currency) and exit.</source>
        <translation>Tampilkan daftar panel (nama, gaya API, alamat, mata uang) lalu keluar.</translation>
    </message>
    <message>
        <source>Use one of --add-panel, --remove-panel and --list-panels at a time.</source>
        <translation>Gunakan salah satu dari --add-panel, --remove-panel dan --list-panels dalam satu waktu.</translation>
    </message>
    <message>
        <source>--%1 needs a panel name.</source>
        <translation>--%1 memerlukan nama panel.</translation>
    </message>
    <message>
        <source>--%1 belongs with --add-panel.</source>
        <translation>--%1 hanya dipakai bersama --add-panel.</translation>
    </message>
    <message>
        <source>--add-panel needs --api-url with the panel&apos;s API address.</source>
        <translation>--add-panel memerlukan --api-url dengan alamat API panel.</translation>
    </message>
    <message>
        <source>--api-style takes v2 or kratos, not “%1”.</source>
        <translation>--api-style menerima v2 atau kratos, bukan “%1”.</translation>
    </message>
    <message>
        <source>--key-env takes the name of an environment variable (letters, digits and _), not “%1”.</source>
        <translation>--key-env menerima nama variabel lingkungan (huruf, angka, dan _), bukan “%1”.</translation>
    </message>
    <message>
        <source>--key-env: a kratos-style panel has no key.</source>
        <translation>--key-env: panel gaya kratos tidak memiliki kunci.</translation>
    </message>
    <message>
        <source>--panel needs a panel name.</source>
        <translation>--panel memerlukan nama panel.</translation>
    </message>
    <message>
        <source>Use either --panel or --all-panels, not both.</source>
        <translation>Gunakan --panel atau --all-panels, jangan keduanya.</translation>
    </message>
    <message>
        <source>--add-panel, --remove-panel and --list-panels do not fetch or export; run them on their own.</source>
        <translation>--add-panel, --remove-panel dan --list-panels tidak mengambil atau mengekspor; jalankan secara terpisah.</translation>
    </message>
    <message>
        <source>--export needs --category NAME, --open FILE, --panel NAME or --all-panels.</source>
        <translation>--export memerlukan --category NAMA, --open BERKAS, --panel NAMA atau --all-panels.</translation>
    </message>
    <message>
        <source>--open reads a saved response; it cannot be used with --panel or --all-panels.</source>
        <translation>--open membaca respons yang disimpan; tidak dapat dipakai dengan --panel atau --all-panels.</translation>
    </message>
    <message>
        <source>Browse, filter and export SMM panel price lists.

Without --export the window opens. With --export the prices are written to a CSV file without showing a window, filtered and sorted like the window would show them.
Exit status: 0 on success, 1 when fetching or writing failed, 2 for a bad command line, 3 when the CSV was written but the prices could not be stored in the price history, 4 when all went well and --alerts found at least one alert. When several apply, the first of 2, 1, 3, 4 is the status.</source>
        <translation>Jelajahi, saring, dan ekspor daftar harga panel SMM.

Tanpa --export, jendela akan terbuka. Dengan --export, harga ditulis ke file CSV tanpa menampilkan jendela, disaring dan diurutkan seperti yang akan ditampilkan jendela.
Status keluar: 0 jika berhasil, 1 jika pengambilan atau penulisan gagal, 2 untuk baris perintah yang salah, 3 jika CSV tertulis tetapi harga tidak dapat disimpan di riwayat harga, 4 jika semua berjalan baik dan --alerts menemukan setidaknya satu peringatan. Jika beberapa berlaku, statusnya adalah yang pertama dari 2, 1, 3, 4.</translation>
    </message>
    <message>
        <source>Export only the cheapest service in rupiah of each group (the same offer on every panel) among the services the filters keep. Services without a rupiah price are left out; use --rate for their currency.</source>
        <translation>Ekspor hanya layanan termurah dalam rupiah dari setiap grup (penawaran yang sama di semua panel) di antara layanan yang lolos filter. Layanan tanpa harga rupiah tidak disertakan; gunakan --rate untuk mata uangnya.</translation>
    </message>
    <message>
        <source>table (default): the columns of --columns. shop: your shop&apos;s price list with your selling price (my_price, see --markup and --price-step) in the columns Indonesian panel scripts import: kategori, layanan, catatan, min, max, harga. generic-shop: the same in English: category, service, note, min, max, price_idr. Services without a rupiah price are left out.</source>
        <translation>table (bawaan): kolom dari --columns. shop: daftar harga toko Anda dengan harga jual Anda (my_price, lihat --markup dan --price-step) dalam kolom yang diimpor skrip panel Indonesia: kategori, layanan, catatan, min, max, harga. generic-shop: sama, dalam bahasa Inggris: category, service, note, min, max, price_idr. Layanan tanpa harga rupiah tidak disertakan.</translation>
    </message>
    <message>
        <source>Write refill, status and cheapest as digits (1/0, default) or words (yes/no).</source>
        <translation>Tulis refill, status, dan cheapest sebagai angka (1/0, bawaan) atau kata (yes/no).</translation>
    </message>
    <message>
        <source>Fetch and store --category (or --saved), then print on standard output one line per alert the alert rules of the settings find against the fetch stored before: time, panel, category, service id, kind, old value, new value, separated by tabs. Kinds: %1. Exit status 4 when there is at least one alert. Works with --panel, --all-panels and --export FILE (not standard output).</source>
        <translation>Ambil dan simpan --category (atau --saved), lalu cetak ke output standar satu baris per peringatan yang ditemukan aturan peringatan di pengaturan dibandingkan pengambilan yang tersimpan sebelumnya: waktu, panel, kategori, ID layanan, jenis, nilai lama, nilai baru, dipisahkan tab. Jenis: %1. Status keluar 4 jika ada setidaknya satu peringatan. Bisa dipakai dengan --panel, --all-panels, dan --export FILE (bukan output standar).</translation>
    </message>
    <message>
        <source>With --alerts: fetch every saved category of the window, one after the other, instead of --category.</source>
        <translation>Dengan --alerts: ambil setiap kategori tersimpan dari jendela, satu per satu, sebagai ganti --category.</translation>
    </message>
    <message>
        <source>--saved belongs with --alerts.</source>
        <translation>--saved hanya dipakai bersama --alerts.</translation>
    </message>
    <message>
        <source>Use either --category or --saved, not both.</source>
        <translation>Gunakan --category atau --saved, jangan keduanya.</translation>
    </message>
    <message>
        <source>--saved fetches several categories; it cannot be used with --export.</source>
        <translation>--saved mengambil beberapa kategori; tidak dapat dipakai dengan --export.</translation>
    </message>
    <message>
        <source>--alerts needs --category NAME or --saved: alerts come from a category&apos;s fetch compared with the one stored before.</source>
        <translation>--alerts memerlukan --category NAMA atau --saved: peringatan berasal dari pengambilan kategori yang dibandingkan dengan yang tersimpan sebelumnya.</translation>
    </message>
    <message>
        <source>--alerts needs a fetch; it cannot be used with --open or --offline.</source>
        <translation>--alerts memerlukan pengambilan; tidak dapat dipakai dengan --open atau --offline.</translation>
    </message>
    <message>
        <source>--alerts writes to standard output; give --export a file name, not -.</source>
        <translation>--alerts menulis ke output standar; berikan nama file untuk --export, bukan -.</translation>
    </message>
    <message>
        <source>--cheapest-only chooses the rows of an export; use it with --export.</source>
        <translation>--cheapest-only memilih baris ekspor; gunakan bersama --export.</translation>
    </message>
    <message>
        <source>--export-format takes table, shop or generic-shop, not “%1”.</source>
        <translation>--export-format menerima table, shop, atau generic-shop, bukan “%1”.</translation>
    </message>
    <message>
        <source>--export-format belongs with --export.</source>
        <translation>--export-format hanya dipakai bersama --export.</translation>
    </message>
    <message>
        <source>--%1: a shop price list has its own columns and format.</source>
        <translation>--%1: daftar harga toko memiliki kolom dan format sendiri.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolom</translation>
    </message>
    <message>
        <source>SMM Price Browser</source>
        <translation>SMM Price Browser</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Ambil</translation>
    </message>
    <message>
        <source>Fetch the category&apos;s prices (Enter)</source>
        <translation>Ambil harga kategori ini (Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Berhenti</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Berhenti memuat (Esc)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>Fetch the current category again (F5)</source>
        <translation>Ambil ulang kategori yang sedang dibuka (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Salin baris terpilih sebagai teks yang dipisahkan tab</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Go to Cate&amp;gory</source>
        <translation>Pindah ke &amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Export the rows you see to a CSV file</source>
        <translation>Ekspor baris yang tampil ke berkas CSV</translation>
    </message>
    <message>
        <source>&amp;Open Saved Response…</source>
        <translation>&amp;Buka Respons Tersimpan…</translation>
    </message>
    <message>
        <source>Load prices from a saved API response (.json)</source>
        <translation>Muat harga dari respons API yang tersimpan (.json)</translation>
    </message>
    <message>
        <source>&amp;Save Response…</source>
        <translation>&amp;Simpan Respons…</translation>
    </message>
    <message>
        <source>Keep the panel&apos;s answer as a .json file</source>
        <translation>Simpan jawaban panel sebagai berkas .json</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Notes Pane</source>
        <translation>Panel &amp;Catatan</translation>
    </message>
    <message>
        <source>Category &amp;Browser</source>
        <translation>&amp;Daftar Kategori</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>&amp;About SMM Price Browser</source>
        <translation>&amp;Tentang SMM Price Browser</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>Category, e.g. [IG] Instagram Likes Indonesia</source>
        <translation>Kategori, mis. [IG] Instagram Likes Indonesia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Type a category name, or pick one from the list.</source>
        <translation>Ketik nama kategori, atau pilih dari daftar.</translation>
    </message>
    <message>
        <source>%1 — SMM Price Browser</source>
        <translation>%1 — SMM Price Browser</translation>
    </message>
    <message>
        <source>all-services</source>
        <translation>semua-layanan</translation>
    </message>
    <message>
        <source>Open Saved Response</source>
        <translation>Buka Respons Tersimpan</translation>
    </message>
    <message>
        <source>API responses (*.json);;All files (*)</source>
        <translation>Respons API (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>About SMM Price Browser</source>
        <translation>Tentang SMM Price Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMM Price Browser %1&lt;/h3&gt;&lt;p&gt;Browse, filter and export the price lists of SMM reseller panels.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMM Price Browser %1&lt;/h3&gt;&lt;p&gt;Jelajahi, saring, dan ekspor daftar harga panel reseller SMM.&lt;/p&gt;&lt;p&gt;Dibangun dengan Qt %2, berjalan di Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new panel address is saved. This session keeps using the one given by %1.</source>
        <translation>Alamat panel yang baru sudah disimpan. Sesi ini tetap memakai alamat dari %1.</translation>
    </message>
    <message>
        <source>Refresh &amp;All Saved</source>
        <translation>Muat Ulang Semua Tersim&amp;pan</translation>
    </message>
    <message>
        <source>saved-categories</source>
        <translation>kategori-tersimpan</translation>
    </message>
    <message>
        <source>Price &amp;History…</source>
        <translation>Riwayat &amp;Harga…</translation>
    </message>
    <message>
        <source>Show the selected service&apos;s price over time (Ctrl+H)</source>
        <translation>Tampilkan harga layanan terpilih dari waktu ke waktu (Ctrl+H)</translation>
    </message>
    <message>
        <source>Select a service to see its price history.</source>
        <translation>Pilih layanan untuk melihat riwayat harganya.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>%Ln baris disalin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export S&amp;hop Price List…</source>
        <translation>Ekspor Daftar Harga &amp;Toko…</translation>
    </message>
    <message>
        <source>Export the selected services, or all you see, with your selling prices for your own panel</source>
        <translation>Ekspor layanan yang dipilih, atau semua yang terlihat, dengan harga jual Anda untuk panel Anda sendiri</translation>
    </message>
</context>
<context>
    <name>MarginPlannerDialog</name>
    <message>
        <source>Target &amp;margin:</source>
        <translation>Target &amp;margin:</translation>
    </message>
    <message>
        <source>&amp;Undercut a competitor at:</source>
        <translation>&amp;Lebih murah dari pesaing di:</translation>
    </message>
    <message>
        <source>Plan Selling Prices</source>
        <translation>Rencanakan Harga Jual</translation>
    </message>
    <message>
        <source>The share of the selling price that is profit</source>
        <translation>Bagian harga jual yang merupakan untung</translation>
    </message>
    <message>
        <source>The competitor&apos;s price per 1000</source>
        <translation>Harga pesaing per 1000</translation>
    </message>
    <message>
        <source>rupiah less</source>
        <translation>rupiah lebih murah</translation>
    </message>
    <message>
        <source>% less</source>
        <translation>% lebih murah</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Cost per 1K</source>
        <translation>Modal per 1K</translation>
    </message>
    <message>
        <source>Selling price per 1K</source>
        <translation>Harga jual per 1K</translation>
    </message>
    <message>
        <source>Profit per 1K</source>
        <translation>Untung per 1K</translation>
    </message>
    <message>
        <source>Profit per order</source>
        <translation>Untung per pesanan</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Profit for an order of:</source>
        <translation>Untung untuk pesanan sebanyak:</translation>
    </message>
    <message>
        <source>Selling prices are rounded up to a multiple of %1 (Settings ▸ Pricing).</source>
        <translation>Harga jual dibulatkan ke atas ke kelipatan %1 (Pengaturan ▸ Harga Jual).</translation>
    </message>
    <message>
        <source>Selling prices are not rounded (Settings ▸ Pricing).</source>
        <translation>Harga jual tidak dibulatkan (Pengaturan ▸ Harga Jual).</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>tidak ada kurs</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>tanpa harga</translation>
    </message>
    <message numerus="yes">
        <source>Below cost: %n price(s) would sell for less than the service costs.</source>
        <translation>
            <numerusform>Di bawah modal: %n harga akan lebih murah dari modal layanan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding up to the step takes %n price(s) to the competitor&apos;s price or above it.</source>
        <translation>
            <numerusform>Pembulatan ke atas sesuai kelipatan membuat %n harga sama dengan atau melebihi harga pesaing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) have no price: no exchange rate, or a margin or undercut that leaves nothing to sell for.</source>
        <translation>
            <numerusform>%n layanan tidak memiliki harga: tidak ada kurs, atau margin atau potongan harga membuat tidak ada harga jual yang tersisa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba Lagi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Sembunyikan pesan ini</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Sembunyikan pesan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;Open Preferences</source>
        <translation>&amp;Buka Preferensi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>Rp %1</source>
        <translation>Rp %1</translation>
    </message>
    <message>
        <source>Rp %1 / unit</source>
        <translation>Rp %1 / unit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, then amount</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>NoteSanitizer</name>
    <message numerus="yes">
        <source>This note is too long: only its first %Ln characters are shown.</source>
        <translation>
            <numerusform>Catatan ini terlalu panjang: hanya %Ln karakter pertama yang ditampilkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Service notes</source>
        <translation>Catatan layanan</translation>
    </message>
    <message>
        <source>Details and note of the selected service</source>
        <translation>Rincian dan catatan layanan terpilih</translation>
    </message>
    <message>
        <source>Select a service to read its notes.</source>
        <translation>Pilih layanan untuk membaca catatannya.</translation>
    </message>
    <message>
        <source>Unnamed service</source>
        <translation>Layanan tanpa nama</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Price per 1K:</source>
        <translation>Harga per 1K:</translation>
    </message>
    <message>
        <source>Price per unit:</source>
        <translation>Harga per unit:</translation>
    </message>
    <message>
        <source>Min:</source>
        <translation>Min:</translation>
    </message>
    <message>
        <source>Max:</source>
        <translation>Maks:</translation>
    </message>
    <message>
        <source>Refill:</source>
        <translation>Refill:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>This service has no note.</source>
        <translation>Layanan ini tidak memiliki catatan.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grup:</translation>
    </message>
    <message>
        <source>Read from the text:</source>
        <translation>Terbaca dari teks:</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>tidak dikenali</translation>
    </message>
</context>
<context>
    <name>PanelChooser</name>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>The panel whose prices are shown</source>
        <translation>Panel yang harganya ditampilkan</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Semua panel</translation>
    </message>
</context>
<context>
    <name>PanelCommand</name>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>--add-panel: %1</source>
        <translation>--add-panel: %1</translation>
    </message>
    <message>
        <source>warning: %1 is not set here, so the key was not tried; it is read from %1 at each run</source>
        <translation>peringatan: %1 tidak diatur di sini, jadi kunci belum dicoba; kunci dibaca dari %1 di setiap eksekusi</translation>
    </message>
    <message>
        <source>--add-panel: give the panel&apos;s API key on standard input (for example from a password manager), or name the variable that holds it with --key-env.</source>
        <translation>--add-panel: berikan kunci API panel lewat input standar (misalnya dari pengelola kata sandi), atau sebutkan variabel yang menyimpannya dengan --key-env.</translation>
    </message>
    <message>
        <source>panel “%1” was not added: %2</source>
        <translation>panel “%1” tidak ditambahkan: %2</translation>
    </message>
    <message>
        <source>warning: panel “%1” did not name its currency; its prices cannot be shown in rupiah until it is set in Settings ▸ Panels</source>
        <translation>peringatan: panel “%1” tidak menyebut mata uangnya; harganya tidak dapat ditampilkan dalam rupiah sampai diatur di Pengaturan ▸ Panel</translation>
    </message>
    <message>
        <source>panel “%1” answered: balance %2 %3</source>
        <translation>panel “%1” menjawab: saldo %2 %3</translation>
    </message>
    <message>
        <source>added panel “%1”; its key is in the system keychain</source>
        <translation>panel “%1” ditambahkan; kuncinya ada di keychain sistem</translation>
    </message>
    <message>
        <source>added panel “%1”</source>
        <translation>panel “%1” ditambahkan</translation>
    </message>
    <message>
        <source>--remove-panel: there is no panel called “%1” (see --list-panels)</source>
        <translation>--remove-panel: tidak ada panel bernama “%1” (lihat --list-panels)</translation>
    </message>
    <message>
        <source>removed panel “%1”, but its key is still in the keychain: %2</source>
        <translation>panel “%1” dihapus, tetapi kuncinya masih ada di keychain: %2</translation>
    </message>
    <message>
        <source>removed panel “%1”</source>
        <translation>panel “%1” dihapus</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>PanelEditDialog</name>
    <message>
        <source>Read the key from the &amp;environment variable:</source>
        <translation>Baca kunci dari variabel &amp;lingkungan:</translation>
    </message>
    <message>
        <source>&amp;Detect from the panel</source>
        <translation>&amp;Deteksi dari panel</translation>
    </message>
    <message>
        <source>Set &amp;by hand:</source>
        <translation>Atur &amp;manual:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Uji</translation>
    </message>
    <message>
        <source>Edit Panel</source>
        <translation>Ubah Panel</translation>
    </message>
    <message>
        <source>Add Panel</source>
        <translation>Tambah Panel</translation>
    </message>
    <message>
        <source>Standard API v2</source>
        <translation>API standar v2</translation>
    </message>
    <message>
        <source>Kratos-style</source>
        <translation>Gaya Kratos</translation>
    </message>
    <message>
        <source>Ask the panel for the account&apos;s balance with this key</source>
        <translation>Tanyakan saldo akun ke panel dengan kunci ini</translation>
    </message>
    <message>
        <source>&amp;Detect from the panel (%1)</source>
        <translation>&amp;Deteksi dari panel (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>API &amp;style:</source>
        <translation>&amp;Gaya API:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Alamat API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Kunci API:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Mata uang:</translation>
    </message>
    <message>
        <source>Balance: %1 (the panel does not say its currency)</source>
        <translation>Saldo: %1 (panel tidak menyebut mata uangnya)</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Saldo: %1 %2</translation>
    </message>
    <message>
        <source>A key is stored; leave this empty to keep it</source>
        <translation>Kunci sudah tersimpan; kosongkan untuk mempertahankannya</translation>
    </message>
    <message>
        <source>Type the panel&apos;s API key, or read it from an environment variable.</source>
        <translation>Ketik kunci API panel, atau baca dari variabel lingkungan.</translation>
    </message>
    <message>
        <source>A panel needs its API address.</source>
        <translation>Panel memerlukan alamat API-nya.</translation>
    </message>
    <message>
        <source>Type the name of the environment variable that holds the key.</source>
        <translation>Ketik nama variabel lingkungan yang menyimpan kunci.</translation>
    </message>
    <message>
        <source>Type a currency code such as USD, or let the app detect it.</source>
        <translation>Ketik kode mata uang seperti USD, atau biarkan aplikasi mendeteksinya.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Membaca kunci dari keychain…</translation>
    </message>
    <message>
        <source>Type the panel&apos;s API key first.</source>
        <translation>Ketik kunci API panel terlebih dahulu.</translation>
    </message>
    <message>
        <source>Asking the panel for its balance…</source>
        <translation>Menanyakan saldo ke panel…</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Menyimpan kunci di keychain…</translation>
    </message>
    <message>
        <source>The panel was not saved: %1</source>
        <translation>Panel tidak disimpan: %1</translation>
    </message>
</context>
<context>
    <name>PanelFetch</name>
    <message>
        <source>The panel did not say which currency its prices are in. Set the currency in the panel&apos;s settings.</source>
        <translation>Panel tidak menyebut mata uang harganya. Atur mata uang di pengaturan panel.</translation>
    </message>
</context>
<context>
    <name>PanelKey</name>
    <message>
        <source>Its key is read from the environment variable %1, which is not set.</source>
        <translation>Kuncinya dibaca dari variabel lingkungan %1, yang tidak diatur.</translation>
    </message>
    <message>
        <source>Its key is read from the environment variable %1, which is empty.</source>
        <translation>Kuncinya dibaca dari variabel lingkungan %1, yang kosong.</translation>
    </message>
</context>
<context>
    <name>PanelRegistry</name>
    <message>
        <source>There is no panel called “%1”.</source>
        <translation>Tidak ada panel bernama “%1”.</translation>
    </message>
    <message>
        <source>There is already a panel called “%1”.</source>
        <translation>Sudah ada panel bernama “%1”.</translation>
    </message>
    <message>
        <source>A panel needs a name.</source>
        <translation>Panel memerlukan nama.</translation>
    </message>
    <message>
        <source>“%1” is the name of the built-in panel. Choose another name.</source>
        <translation>“%1” adalah nama panel bawaan. Pilih nama lain.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Use three letters such as USD or IDR, or leave it empty to read it from the panel.</source>
        <translation>“%1” bukan kode mata uang. Gunakan tiga huruf seperti USD atau IDR, atau kosongkan agar dibaca dari panel.</translation>
    </message>
    <message>
        <source>“%1” is not an environment variable name. Use letters, digits and “_”, not starting with a digit.</source>
        <translation>“%1” bukan nama variabel lingkungan. Gunakan huruf, angka, dan “_”, tidak diawali angka.</translation>
    </message>
</context>
<context>
    <name>PanelsSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>API style</source>
        <translation>Gaya API</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the settings file. Changes here are saved at once.</source>
        <translation>Kunci disimpan di keychain sistem, tidak pernah di berkas pengaturan. Perubahan di sini langsung disimpan.</translation>
    </message>
    <message>
        <source>Remove Panel</source>
        <translation>Hapus Panel</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <source>Standard API v2</source>
        <translation>API standar v2</translation>
    </message>
    <message>
        <source>Kratos-style</source>
        <translation>Gaya Kratos</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>di keychain</translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation>dari $%1</translation>
    </message>
    <message>
        <source>The panel “%1” is saved.</source>
        <translation>Panel “%1” disimpan.</translation>
    </message>
    <message>
        <source>Remove the panel “%1” and its key?</source>
        <translation>Hapus panel “%1” beserta kuncinya?</translation>
    </message>
    <message>
        <source>Removing the key from the keychain…</source>
        <translation>Menghapus kunci dari keychain…</translation>
    </message>
    <message>
        <source>The panel “%1” was not removed: %2</source>
        <translation>Panel “%1” tidak dihapus: %2</translation>
    </message>
    <message>
        <source>The panel “%1” is removed.</source>
        <translation>Panel “%1” dihapus.</translation>
    </message>
</context>
<context>
    <name>ParseResult</name>
    <message>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>Services with a minimum above their maximum: %n</source>
        <translation>
            <numerusform>Layanan dengan minimum di atas maksimumnya: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n (%1)</source>
        <translation>
            <numerusform>Baris dilewati: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) past the limit of %1 were not loaded</source>
        <translation>
            <numerusform>%n layanan di atas batas %1 tidak dimuat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlong text(s) were shortened</source>
        <translation>
            <numerusform>%n teks yang terlalu panjang dipendekkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Price over time</source>
        <translation>Harga dari waktu ke waktu</translation>
    </message>
    <message>
        <source>No stored prices for this service yet.</source>
        <translation>Belum ada harga tersimpan untuk layanan ini.</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>maks %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>min %1</translation>
    </message>
</context>
<context>
    <name>PriceClient</name>
    <message>
        <source>The API address cannot be used: %1</source>
        <translation>Alamat API tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <source>Type a category name first.</source>
        <translation>Ketik nama kategori terlebih dahulu.</translation>
    </message>
    <message>
        <source>Type a platform name first.</source>
        <translation>Ketik nama platform terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>PriceComparison</name>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
</context>
<context>
    <name>PriceHistory</name>
    <message>
        <source>No folder for the price history was found; prices are not remembered.</source>
        <translation>Folder untuk riwayat harga tidak ditemukan; harga tidak disimpan.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed; prices are not remembered.</source>
        <translation>Driver SQLite untuk Qt belum terpasang; harga tidak disimpan.</translation>
    </message>
    <message>
        <source>Could not open the price history “%1”: %2</source>
        <translation>Gagal membuka riwayat harga “%1”: %2</translation>
    </message>
    <message>
        <source>The price history “%1” was damaged (%2). It was moved to “%3” and a new one was started.</source>
        <translation>Riwayat harga “%1” rusak (%2). Berkas itu dipindahkan ke “%3” dan riwayat baru dimulai.</translation>
    </message>
    <message>
        <source>Could not read the price history “%1”: %2</source>
        <translation>Gagal membaca riwayat harga “%1”: %2</translation>
    </message>
    <message>
        <source>The price history “%1” was written by a newer version of SMM Price Browser (format %2; this version reads up to %3). It was left as it is; prices are not remembered until you update.</source>
        <translation>Riwayat harga “%1” ditulis oleh versi SMM Price Browser yang lebih baru (format %2; versi ini hanya bisa membaca sampai %3). Berkas itu dibiarkan apa adanya; harga tidak disimpan sampai Anda memperbarui aplikasi.</translation>
    </message>
    <message>
        <source>Could not update the price history “%1” to format %2: %3</source>
        <translation>Gagal memperbarui riwayat harga “%1” ke format %2: %3</translation>
    </message>
</context>
<context>
    <name>PriceHistoryDialog</name>
    <message>
        <source>Price History — %1</source>
        <translation>Riwayat Harga — %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>No stored prices: fetch the category to start its history.</source>
        <translation>Belum ada harga tersimpan: ambil kategorinya untuk memulai riwayatnya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetch(es). Lowest %1 (%2), highest %3 (%4), now %5.</source>
        <translation>
            <numerusform>%Ln pengambilan. Terendah %1 (%2), tertinggi %3 (%4), sekarang %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceSession</name>
    <message>
        <source>Stopped. The table still shows the previous prices.</source>
        <translation>Dihentikan. Tabel masih menampilkan harga sebelumnya.</translation>
    </message>
    <message>
        <source>Offline — prices from %1. %2</source>
        <translation>Luring — harga dari %1. %2</translation>
    </message>
    <message>
        <source>The prices could not be stored in the history: %1</source>
        <translation>Harga tidak bisa disimpan di riwayat: %1</translation>
    </message>
    <message>
        <source>Since the fetch %1: changed prices: %2, new services: %3, removed services: %4.</source>
        <translation>Sejak pengambilan %1: harga berubah: %2, layanan baru: %3, layanan dihapus: %4.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Dihapus: %1</translation>
    </message>
    <message>
        <source>Prices from %1, stored on this computer. Press F5 to fetch them again.</source>
        <translation>Harga dari %1, tersimpan di komputer ini. Tekan F5 untuk mengambilnya lagi.</translation>
    </message>
    <message>
        <source>No stored prices yet for: %1. Refresh all to fetch them.</source>
        <translation>Belum ada harga tersimpan untuk: %1. Muat ulang semua untuk mengambilnya.</translation>
    </message>
    <message>
        <source>%1: %2 (showing prices from %3)</source>
        <translation>%1: %2 (menampilkan harga dari %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Saved categories</source>
        <translation>Kategori tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n saved categories.</source>
        <translation>
            <numerusform>%n kategori tersimpan dimuat ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln categories could not be fetched: the panel could not be reached.</source>
        <translation>
            <numerusform>%L1 dari %Ln kategori gagal diambil: panel tidak dapat dihubungi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln categories could not be fetched.</source>
        <translation>
            <numerusform>%L1 dari %Ln kategori gagal diambil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored prices are shown for %n of them.</source>
        <translation>
            <numerusform>Harga tersimpan ditampilkan untuk %n di antaranya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch “%1”: %2</source>
        <translation>Gagal mengambil “%1”: %2</translation>
    </message>
    <message>
        <source>Could not fetch “%1”: %2 The table still shows “%3”.</source>
        <translation>Gagal mengambil “%1”: %2 Tabel masih menampilkan “%3”.</translation>
    </message>
    <message>
        <source>Could not fetch “%1”: %2.</source>
        <translation>Gagal mengambil “%1”: %2.</translation>
    </message>
    <message>
        <source>Could not fetch “%1”: %2. The table still shows “%3”.</source>
        <translation>Gagal mengambil “%1”: %2. Tabel masih menampilkan “%3”.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — all panels</source>
        <translation>%1 — semua panel</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n panel(s).</source>
        <translation>
            <numerusform>%n panel diambil.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (showing prices from %2)</source>
        <translation>%1 (menampilkan harga dari %2)</translation>
    </message>
    <message>
        <source>Panel “%1” could not be fetched: %2</source>
        <translation>Panel “%1” tidak dapat diambil: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n panel(s) could not be fetched: %1</source>
        <translation>
            <numerusform>%n panel tidak dapat diambil: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingSettingsPage</name>
    <message>
        <source>Added to the panel&apos;s price in the My price column</source>
        <translation>Ditambahkan ke harga panel di kolom Harga saya</translation>
    </message>
    <message>
        <source>My price is rounded up to a multiple of this; 0 does not round</source>
        <translation>Harga saya dibulatkan ke atas ke kelipatan nilai ini; 0 berarti tidak dibulatkan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Markup %</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Tambah Kategori</translation>
    </message>
    <message>
        <source>Remove Category</source>
        <translation>Hapus Kategori</translation>
    </message>
    <message>
        <source>Markup:</source>
        <translation>Markup:</translation>
    </message>
    <message>
        <source>Round up to:</source>
        <translation>Bulatkan ke atas ke:</translation>
    </message>
    <message>
        <source>Categories with their own markup (exact panel names):</source>
        <translation>Kategori dengan markup sendiri (nama panel persis):</translation>
    </message>
</context>
<context>
    <name>RateFetcher</name>
    <message>
        <source>The rate of %1 from %2 was not read: the answer is larger than %3 KiB.</source>
        <translation>Kurs %1 dari %2 tidak dibaca: jawabannya lebih besar dari %3 KiB.</translation>
    </message>
    <message>
        <source>The rate of %1 from %2 was not read: it sent elsewhere. %3</source>
        <translation>Kurs %1 dari %2 tidak dibaca: permintaan dialihkan ke tempat lain. %3</translation>
    </message>
    <message numerus="yes">
        <source>The rate of %1 from %2 was not read: no answer in %n second(s).</source>
        <translation>
            <numerusform>Kurs %1 dari %2 tidak dibaca: tidak ada jawaban dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate of %1 from %2 was not read: %3</source>
        <translation>Kurs %1 dari %2 tidak dibaca: %3</translation>
    </message>
    <message>
        <source>The rate of %1 from %2 was not read: the answer is not a rate with its date.</source>
        <translation>Kurs %1 dari %2 tidak dibaca: jawabannya bukan kurs beserta tanggalnya.</translation>
    </message>
</context>
<context>
    <name>RateUpdater</name>
    <message>
        <source>Exchange rates were not fetched: %1</source>
        <translation>Kurs tidak diambil: %1</translation>
    </message>
</context>
<context>
    <name>RatesSettingsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Fetch Now</source>
        <translation>&amp;Ambil Sekarang</translation>
    </message>
    <message>
        <source>Fetch the rates once a &amp;day</source>
        <translation>Ambil kurs &amp;sekali sehari</translation>
    </message>
    <message>
        <source>The currency the converted prices are shown in</source>
        <translation>Mata uang untuk menampilkan harga yang dikonversi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Rupiah per unit</source>
        <translation>Rupiah per unit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>rupiah per unit, e.g. 16250.5</source>
        <translation>rupiah per unit, mis. 16250.5</translation>
    </message>
    <message>
        <source>Fetch the European Central Bank&apos;s reference rates from %1. Rates set by hand stay.</source>
        <translation>Ambil kurs acuan Bank Sentral Eropa dari %1. Kurs yang diatur manual tetap dipakai.</translation>
    </message>
    <message>
        <source>Show prices &amp;in:</source>
        <translation>Tampilkan harga &amp;dalam:</translation>
    </message>
    <message>
        <source>Double-click to set this rate by hand</source>
        <translation>Klik dua kali untuk mengatur kurs ini secara manual</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>diambil</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>diatur manual</translation>
    </message>
    <message>
        <source>“%1” is not a rate. Type the rupiah one %2 is worth, such as 16250.5.</source>
        <translation>“%1” bukan kurs. Ketik nilai rupiah untuk 1 %2, seperti 16250.5.</translation>
    </message>
    <message>
        <source>Type a currency code of three letters such as USD (not IDR).</source>
        <translation>Ketik kode mata uang tiga huruf seperti USD (bukan IDR).</translation>
    </message>
    <message>
        <source>Type the rupiah one %1 is worth, such as 16250.5.</source>
        <translation>Ketik nilai rupiah untuk 1 %1, seperti 16250.5.</translation>
    </message>
    <message>
        <source>Add a currency first: there is nothing to fetch.</source>
        <translation>Tambahkan mata uang dahulu: tidak ada yang bisa diambil.</translation>
    </message>
    <message>
        <source>Fetching the rates from %1…</source>
        <translation>Mengambil kurs dari %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) fetched.</source>
        <translation>
            <numerusform>%n kurs diambil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more failed.)</source>
        <translation>
            <numerusform>(%n lainnya gagal.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegroupActions</name>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>&amp;Pindahkan ke Grup…</translation>
    </message>
    <message>
        <source>&amp;Split Into New Group</source>
        <translation>Pi&amp;sahkan ke Grup Baru</translation>
    </message>
    <message>
        <source>Reset Service to &amp;Automatic Group</source>
        <translation>Kembalikan Layanan ke Grup &amp;Otomatis</translation>
    </message>
    <message>
        <source>M&amp;erge Into…</source>
        <translation>&amp;Gabungkan ke…</translation>
    </message>
    <message>
        <source>&amp;Rename Group…</source>
        <translation>&amp;Ubah Nama Grup…</translation>
    </message>
    <message>
        <source>Reset Group to A&amp;utomatic</source>
        <translation>&amp;Kembalikan Grup ke Otomatis</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Service(s) to Group</source>
        <translation>
            <numerusform>Pindahkan %n Layanan ke Grup</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” Into</source>
        <translation>Gabungkan “%1” ke</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Ubah Nama Grup</translation>
    </message>
    <message>
        <source>Name (empty for the automatic one):</source>
        <translation>Nama (kosongkan untuk nama otomatis):</translation>
    </message>
</context>
<context>
    <name>ResponseFile</name>
    <message>
        <source>“%1” is a folder, not a saved response.</source>
        <translation>“%1” adalah folder, bukan respons tersimpan.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Tidak dapat membuka “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the limit of %3. The limit can be raised in Settings.</source>
        <translation>Ukuran “%1” %2, melebihi batas %3. Batas ini dapat dinaikkan di Pengaturan.</translation>
    </message>
    <message>
        <source>“%1” is larger than the limit of %2.</source>
        <translation>“%1” melebihi batas %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>a list</source>
        <translation>sebuah daftar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>sebuah objek</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nilai kosong</translation>
    </message>
    <message>
        <source>not a service record but %1</source>
        <translation>bukan data layanan, melainkan %1</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>tanpa id</translation>
    </message>
    <message>
        <source>id %1 is not a whole number that can be kept exact</source>
        <translation>id %1 bukan bilangan bulat yang dapat disimpan dengan tepat</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>tanpa harga</translation>
    </message>
    <message>
        <source>price %1 is not a number</source>
        <translation>harga %1 bukan angka</translation>
    </message>
    <message>
        <source>price %1 is negative</source>
        <translation>harga %1 negatif</translation>
    </message>
    <message>
        <source>The response ended early: it was cut off before the end of the price data.</source>
        <translation>Respons berakhir terlalu cepat: terpotong sebelum data harga selesai.</translation>
    </message>
    <message>
        <source>The response is nested too deeply to be price data.</source>
        <translation>Respons bersarang terlalu dalam untuk bisa menjadi data harga.</translation>
    </message>
    <message>
        <source>The response is too large to read.</source>
        <translation>Respons terlalu besar untuk dibaca.</translation>
    </message>
    <message>
        <source>The response is not valid price data (%1 at byte %2).</source>
        <translation>Respons bukan data harga yang valid (%1 pada byte %2).</translation>
    </message>
    <message>
        <source>The panel sent an empty response.</source>
        <translation>Panel mengirim respons kosong.</translation>
    </message>
    <message>
        <source>The panel answered with a web page, not price data.</source>
        <translation>Panel menjawab dengan halaman web, bukan data harga.</translation>
    </message>
    <message>
        <source>The panel reported an error without saying why.</source>
        <translation>Panel melaporkan kesalahan tanpa menyebutkan penyebabnya.</translation>
    </message>
    <message>
        <source>The panel reported an error: %1</source>
        <translation>Panel melaporkan kesalahan: %1</translation>
    </message>
    <message>
        <source>The response holds no list of services.</source>
        <translation>Respons tidak memuat daftar layanan.</translation>
    </message>
    <message>
        <source>The response holds no list of services. The panel said: %1</source>
        <translation>Respons tidak memuat daftar layanan. Pesan dari panel: %1</translation>
    </message>
    <message>
        <source>The response&apos;s list of services is %1, not a list.</source>
        <translation>Daftar layanan dalam respons ternyata %1, bukan daftar.</translation>
    </message>
    <message>
        <source>price %1 is too large</source>
        <translation>harga %1 terlalu besar</translation>
    </message>
</context>
<context>
    <name>SavedCategories</name>
    <message>
        <source>Could not open “%1” for writing: %2</source>
        <translation>Gagal membuka “%1” untuk ditulisi: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Gagal menyimpan “%1”: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Gagal membuka “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a list of categories.</source>
        <translation>“%1” terlalu besar untuk daftar kategori.</translation>
    </message>
    <message>
        <source>“%1” is not a list of saved categories.</source>
        <translation>“%1” bukan daftar kategori tersimpan.</translation>
    </message>
</context>
<context>
    <name>SavedCategoriesController</name>
    <message>
        <source>“%1” is saved already.</source>
        <translation>“%1” sudah disimpan.</translation>
    </message>
    <message>
        <source>No saved categories yet: pin one with Ctrl+D or from the category list&apos;s context menu.</source>
        <translation>Belum ada kategori tersimpan: sematkan satu dengan Ctrl+D atau dari menu konteks daftar kategori.</translation>
    </message>
    <message>
        <source>Markup for This Category</source>
        <translation>Markup untuk Kategori Ini</translation>
    </message>
    <message>
        <source>Markup for “%1” in percent (the global markup is %2%):</source>
        <translation>Markup untuk “%1” dalam persen (markup umum %2%):</translation>
    </message>
    <message>
        <source>Pinned “%1”.</source>
        <translation>“%1” disematkan.</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln category(ies) can be saved.</source>
        <translation>
            <numerusform>Paling banyak %Ln kategori dapat disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpinned “%1”.</source>
        <translation>Sematan “%1” dilepas.</translation>
    </message>
    <message>
        <source>Un&amp;pin Category</source>
        <translation>Lepas Sematan &amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Pin Category</source>
        <translation>&amp;Sematkan Kategori</translation>
    </message>
    <message>
        <source>Remove the category from the saved categories (Ctrl+D)</source>
        <translation>Hapus kategori ini dari kategori tersimpan (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add the category to the saved categories (Ctrl+D)</source>
        <translation>Tambahkan kategori ini ke kategori tersimpan (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>SavedCategoriesPane</name>
    <message>
        <source>Refresh All</source>
        <translation>Muat Ulang Semua</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tampilkan Semua</translation>
    </message>
    <message>
        <source>Saved categories</source>
        <translation>Kategori tersimpan</translation>
    </message>
    <message>
        <source>Fetch every saved category again and show them together</source>
        <translation>Ambil ulang semua kategori tersimpan dan tampilkan bersama</translation>
    </message>
    <message>
        <source>Show the stored prices of every saved category together</source>
        <translation>Tampilkan harga tersimpan dari semua kategori tersimpan bersama</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Memuat ulang…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Markup for This Category…</source>
        <translation>Markup untuk Kategori Ini…</translation>
    </message>
</context>
<context>
    <name>SavedCategoriesRun</name>
    <message>
        <source>error: --saved: no category is saved; save some in the window first, or give --category</source>
        <translation>galat: --saved: belum ada kategori tersimpan; simpan dulu di jendela, atau berikan --category</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsPage</name>
    <message>
        <source>&amp;Refresh the saved categories and the panels on a schedule</source>
        <translation>&amp;Segarkan kategori tersimpan dan panel sesuai jadwal</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message numerus="yes">
        <source>While the app runs, the saved categories and every other panel are fetched again, and what changed raises alerts and a desktop notification. Never more often than every %n minute(s), so the panels are not asked too often.</source>
        <translation>
            <numerusform>Selama aplikasi berjalan, kategori tersimpan dan semua panel lain diambil ulang, dan perubahan yang ditemukan memunculkan peringatan serta notifikasi desktop. Paling sering setiap %n menit, agar panel tidak diminta terlalu sering.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule then keeps running with the window closed. Quit from the tray icon&apos;s menu.</source>
        <translation>Jadwal tetap berjalan meski jendela ditutup. Keluar lewat menu ikon baki.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits the app.</source>
        <translation>Desktop ini tidak memiliki baki sistem: menutup jendela akan menutup aplikasi.</translation>
    </message>
    <message>
        <source>Every (&amp;minutes):</source>
        <translation>Setiap (&amp;menit):</translation>
    </message>
</context>
<context>
    <name>ServiceAttributes</name>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation>Platform tidak dikenal</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Seluruh dunia</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>pengikut</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>suka</translation>
    </message>
    <message>
        <source>views</source>
        <translation>tayangan</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>bagikan</translation>
    </message>
    <message>
        <source>members</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>simpanan</translation>
    </message>
    <message>
        <source>story views</source>
        <translation>tayangan story</translation>
    </message>
    <message>
        <source>live viewers</source>
        <translation>penonton live</translation>
    </message>
    <message>
        <source>comment likes</source>
        <translation>suka komentar</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>reaksi</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>plays</source>
        <translation>putaran</translation>
    </message>
    <message>
        <source>listeners</source>
        <translation>pendengar</translation>
    </message>
    <message>
        <source>watch hours</source>
        <translation>jam tayang</translation>
    </message>
    <message>
        <source>retweets</source>
        <translation>retweet</translation>
    </message>
    <message>
        <source>dislikes</source>
        <translation>tidak suka</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>post likes</source>
        <translation>suka postingan</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>teman</translation>
    </message>
    <message>
        <source>page likes</source>
        <translation>suka halaman</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>jenis tidak dikenal</translation>
    </message>
    <message>
        <source>no refill</source>
        <translation>tanpa isi ulang</translation>
    </message>
    <message numerus="yes">
        <source>refill %n day(s)</source>
        <translation>
            <numerusform>isi ulang %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>refill</source>
        <translation>isi ulang</translation>
    </message>
    <message>
        <source>lifetime refill</source>
        <translation>isi ulang seumur hidup</translation>
    </message>
    <message>
        <source>refill not stated</source>
        <translation>isi ulang tidak disebutkan</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Tidak dikenali</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A group&apos;s name: platform and kind, e.g. &quot;Instagram likes&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>not stated (counted as worldwide)</source>
        <translation>tidak disebutkan (dianggap seluruh dunia)</translation>
    </message>
    <message>
        <source>Refill: %1</source>
        <translation>Isi ulang: %1</translation>
    </message>
    <message>
        <source>not stated (counted as no refill)</source>
        <translation>tidak disebutkan (dianggap tanpa isi ulang)</translation>
    </message>
    <message>
        <source>Speed: %1 a day</source>
        <translation>Kecepatan: %1 per hari</translation>
    </message>
    <message>
        <source>Start: instant</source>
        <translation>Mulai: instan</translation>
    </message>
    <message numerus="yes">
        <source>Start: within %n minute(s)</source>
        <translation>
            <numerusform>Mulai: dalam %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Kualitas: %1</translation>
    </message>
    <message>
        <source>Order: %1 to %2</source>
        <translation>Pesanan: %1 sampai %2</translation>
    </message>
    <message numerus="yes">
        <source>Start: within %n hour(s)</source>
        <translation>
            <numerusform>Mulai: dalam %n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start: within %n day(s)</source>
        <translation>
            <numerusform>Mulai: dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Order: from %1, no limit</source>
        <translation>Pesanan: mulai %1, tanpa batas</translation>
    </message>
</context>
<context>
    <name>ServiceFormatter</name>
    <message>
        <source>Unlimited</source>
        <translation>Tak terbatas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>semenit yang lalu</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>sejam yang lalu</translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>sehari yang lalu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln menit yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln jam yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln hari yang lalu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceGrouping</name>
    <message>
        <source>%1 (your group)</source>
        <extracomment>A group the user made by hand, named after its first service&apos;s group.</extracomment>
        <translation>%1 (grup Anda)</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Price in rupiah of one unit</source>
        <translation>Harga satu unit dalam rupiah</translation>
    </message>
    <message>
        <source>What the quantity you need costs at this price</source>
        <translation>Biaya jumlah pesanan Anda dengan harga ini</translation>
    </message>
    <message>
        <source>Smallest quantity you can order</source>
        <translation>Jumlah terkecil yang bisa dipesan</translation>
    </message>
    <message>
        <source>Largest quantity you can order</source>
        <translation>Jumlah terbesar yang bisa dipesan</translation>
    </message>
    <message>
        <source>Whether drops are refilled</source>
        <translation>Apakah drop akan di-refill</translation>
    </message>
    <message>
        <source>The panel&apos;s own price text for one unit</source>
        <translation>Teks harga satu unit menurut panel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Price / 1K</source>
        <translation>Harga / 1K</translation>
    </message>
    <message>
        <source>Price / unit</source>
        <translation>Harga / unit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Refill</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Panel price</source>
        <translation>Harga panel</translation>
    </message>
    <message>
        <source>How the price changed since the previous fetch of this category</source>
        <translation>Perubahan harga sejak pengambilan sebelumnya untuk kategori ini</translation>
    </message>
    <message>
        <source>Your price per 1,000 units: the panel&apos;s price plus your markup, rounded up</source>
        <translation>Harga Anda per 1.000 unit: harga panel ditambah markup Anda, dibulatkan ke atas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>My price</source>
        <translation>Harga saya</translation>
    </message>
    <message>
        <source>The panel gives a minimum above the maximum: no quantity can be ordered until it corrects them.</source>
        <translation>Panel memberi minimum di atas maksimum: tidak ada jumlah yang bisa dipesan sampai panel memperbaikinya.</translation>
    </message>
    <message>
        <source>Price per 1,000 units in the panel&apos;s currency (rupiah unless it says another)</source>
        <translation>Harga per 1.000 unit dalam mata uang panel (rupiah kecuali disebut lain)</translation>
    </message>
    <message>
        <source>The panel the service is sold on</source>
        <translation>Panel tempat layanan ini dijual</translation>
    </message>
    <message>
        <source>The currency of the panel&apos;s price</source>
        <translation>Mata uang harga panel</translation>
    </message>
    <message>
        <source>Price per 1,000 units converted to %1 with the exchange rates; empty where a rate is missing</source>
        <translation>Harga per 1.000 unit yang dikonversi ke %1 dengan kurs; kosong jika kurs tidak ada</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Price / 1K (%1)</source>
        <translation>Harga / 1K (%1)</translation>
    </message>
    <message>
        <source>The group of the same offer on every panel: same platform, kind, audience and refill</source>
        <translation>Grup penawaran yang sama di semua panel: platform, jenis, target, dan isi ulang yang sama</translation>
    </message>
    <message>
        <source>Whether this is the cheapest service in rupiah of its group among the rows shown</source>
        <translation>Apakah ini layanan termurah dalam rupiah di grupnya di antara baris yang ditampilkan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Termurah</translation>
    </message>
</context>
<context>
    <name>ServiceTableView</name>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Filtering…</source>
        <translation>Menyaring…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Loading every service of the panel…</source>
        <translation>Memuat semua layanan panel…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Memuat “%1”…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Membaca “%1”…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln category(ies)</source>
        <translation>
            <numerusform>%1 dari %Ln kategori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln service(s)</source>
        <translation>
            <numerusform>%1 dari %Ln layanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln panel(s)</source>
        <translation>
            <numerusform>%1 dari %Ln panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Leave empty to use the default panel. The --api-url option and the SMM_PRICE_API_URL variable take precedence over this setting.</source>
        <translation>Biarkan kosong untuk memakai panel bawaan. Opsi --api-url dan variabel SMM_PRICE_API_URL lebih diutamakan daripada pengaturan ini.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Give up when the panel sends nothing for this long</source>
        <translation>Batalkan jika panel tidak mengirim apa pun selama waktu ini</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Stop downloads larger than this</source>
        <translation>Hentikan unduhan yang lebih besar dari ini</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Panel &amp;API address:</source>
        <translation>Alamat &amp;API panel:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <source>&amp;Largest response:</source>
        <translation>&amp;Ukuran respons maksimum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Bahasa baru berlaku saat aplikasi dijalankan lagi.</translation>
    </message>
    <message>
        <source>Services past this number in one response or file are left out, with a warning</source>
        <translation>Layanan di atas jumlah ini dalam satu respons atau berkas tidak dimuat, disertai peringatan</translation>
    </message>
    <message>
        <source>Most &amp;services at once:</source>
        <translation>Jumlah &amp;layanan maksimum:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Give up when a whole response takes longer than this, even while the panel keeps sending</source>
        <translation>Batalkan jika satu respons utuh memakan waktu lebih lama dari ini, meskipun panel masih terus mengirim</translation>
    </message>
    <message>
        <source>Longest &amp;download:</source>
        <translation>&amp;Durasi unduhan maksimum:</translation>
    </message>
    <message>
        <source>This session uses %1, given by %2; the address here is used from the next start.</source>
        <translation>Sesi ini memakai %1, dari %2; alamat di sini dipakai mulai pembukaan berikutnya.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>TableArea</name>
    <message>
        <source>No services in “%1”</source>
        <translation>Tidak ada layanan di “%1”</translation>
    </message>
    <message>
        <source>The panel lists none in this category. Check the name: it must match the panel&apos;s category exactly.</source>
        <translation>Panel tidak mencantumkan layanan di kategori ini. Periksa namanya: harus sama persis dengan kategori di panel.</translation>
    </message>
    <message>
        <source>The panel&apos;s catalog is empty</source>
        <translation>Katalog panel kosong</translation>
    </message>
    <message>
        <source>No prices of saved categories yet</source>
        <translation>Belum ada harga kategori tersimpan</translation>
    </message>
    <message>
        <source>Pin categories to the saved list, then refresh them all to fetch their prices.</source>
        <translation>Sematkan kategori ke daftar tersimpan, lalu muat ulang semuanya untuk mengambil harganya.</translation>
    </message>
    <message>
        <source>“%1” lists no services</source>
        <translation>“%1” tidak berisi layanan</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Tampilkan Jendela</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Segarkan Sekarang</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Still running, refreshing on schedule. Quit from this icon&apos;s menu.</source>
        <translation>Masih berjalan, menyegarkan sesuai jadwal. Keluar lewat menu ikon ini.</translation>
    </message>
</context>
<context>
    <name>V2Client</name>
    <message>
        <source>The API address cannot be used: %1</source>
        <translation>Alamat API tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <source>No API key is set for this panel.</source>
        <translation>Belum ada kunci API untuk panel ini.</translation>
    </message>
</context>
<context>
    <name>V2Parser</name>
    <message>
        <source>The panel&apos;s answer holds no balance.</source>
        <translation>Jawaban panel tidak berisi saldo.</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <source>prices</source>
        <translation>harga</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Save Response</source>
        <translation>Simpan Respons</translation>
    </message>
    <message>
        <source>API responses (*.json)</source>
        <translation>Respons API (*.json)</translation>
    </message>
    <message>
        <source>Saved the response to %1</source>
        <translation>Respons disimpan ke %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln service(s) to %1</source>
        <translation>
            <numerusform>%Ln layanan diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel script price list: kategori, layanan, catatan, min, max, harga (*.csv)</source>
        <translation>Daftar harga skrip panel: kategori, layanan, catatan, min, max, harga (*.csv)</translation>
    </message>
    <message>
        <source>Generic price list: category, service, note, min, max, price_idr (*.csv)</source>
        <translation>Daftar harga umum: category, service, note, min, max, price_idr (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln Selected Service(s) as a Shop Price List</source>
        <translation>
            <numerusform>Ekspor %Ln Layanan Terpilih sebagai Daftar Harga Toko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln Service(s) as a Shop Price List</source>
        <translation>
            <numerusform>Ekspor %Ln Layanan sebagai Daftar Harga Toko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) without a price in rupiah were left out of the price list: add an exchange rate for their currency in Settings ▸ Rates.</source>
        <translation>
            <numerusform>%Ln layanan tanpa harga dalam rupiah tidak dimasukkan ke daftar harga: tambahkan kurs untuk mata uangnya di Pengaturan ▸ Kurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewHeading</name>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln layanan</numerusform>
        </translation>
    </message>
    <message>
        <source>stored since %1</source>
        <translation>tersimpan sejak %1</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>tersimpan %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SMM_PRICE_API_URL: %1</source>
        <translation>SMM_PRICE_API_URL: %1</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>SMM Price Browser</source>
        <translation>SMM Price Browser</translation>
    </message>
    <message>
        <source>%1 (see smm-price-browser --help)</source>
        <translation>%1 (lihat smm-price-browser --help)</translation>
    </message>
    <message>
        <source>the API address in the settings cannot be used: %1 Fix it or give --api-url.</source>
        <translation>alamat API di pengaturan tidak dapat dipakai: %1 Perbaiki atau berikan --api-url.</translation>
    </message>
    <message>
        <source>The panel address in the settings cannot be used: %1 Nothing is fetched until it is fixed in Preferences.</source>
        <translation>Alamat panel di pengaturan tidak dapat dipakai: %1 Tidak ada yang diambil sampai alamat itu diperbaiki di Preferensi.</translation>
    </message>
    <message>
        <source>the window cannot be opened: %1</source>
        <translation>jendela tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>SMM Price Browser cannot open its window</source>
        <translation>SMM Price Browser tidak dapat membuka jendelanya</translation>
    </message>
    <message>
        <source>Part of the app is missing or damaged (%1). Reinstalling it should help.</source>
        <translation>Sebagian aplikasi hilang atau rusak (%1). Memasang ulang aplikasi semestinya membantu.</translation>
    </message>
</context>
</TS>
