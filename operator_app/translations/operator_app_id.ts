<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>No alarms</source>
        <translation>Tidak ada alarm</translation>
    </message>
    <message>
        <source>Alarms ›</source>
        <translation>Alarm ›</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>tap here and acknowledge it</source>
        <translation>ketuk di sini dan akui alarmnya</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1. Tindakan: %2</translation>
    </message>
</context>
<context>
    <name>AlarmModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Muncul</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <source>FIRST OUT</source>
        <translation>PERTAMA</translation>
    </message>
</context>
<context>
    <name>AlarmPage</name>
    <message>
        <source>Alarms</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Belum diakui</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Di luar layanan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>Tidak ada alarm</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Akui semua</translation>
    </message>
    <message>
        <source>Tap an alarm to see its cause and what to do.</source>
        <translation>Ketuk alarm untuk melihat penyebab dan tindakannya.</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Lihat baterai</translation>
    </message>
    <message>
        <source>History since the console started</source>
        <translation>Riwayat sejak konsol dimulai</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Akui</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Batal tunda</translation>
    </message>
    <message>
        <source>Why is it shelved? (the reason is journaled)</source>
        <translation>Mengapa ditunda? (alasannya dicatat di jurnal)</translation>
    </message>
    <message>
        <source>Nuisance: a known instrument fault, repair ordered</source>
        <translation>Alarm semu: kerusakan instrumen sudah diketahui, perbaikan dipesan</translation>
    </message>
    <message>
        <source>Maintenance work on this equipment</source>
        <translation>Pekerjaan perawatan pada peralatan ini</translation>
    </message>
    <message>
        <source>Waiting for a spare part</source>
        <translation>Menunggu suku cadang</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Shelve now</source>
        <translation>Tunda sekarang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No alarms in this view</source>
        <translation>Tidak ada alarm di tampilan ini</translation>
    </message>
    <message>
        <source>No alarm selected.</source>
        <translation>Tidak ada alarm yang dipilih.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>FIRST OUT: this alarm came first; the others may follow from it.</source>
        <translation>PERTAMA: alarm ini muncul paling awal; alarm lain mungkin akibatnya.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Penyebab: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
    <message>
        <source>The cause is gone; the alarm stays until it is reset.</source>
        <translation>Penyebabnya sudah hilang; alarm tetap ada sampai di-reset.</translation>
    </message>
    <message>
        <source>Shelved until %1: %2</source>
        <translation>Ditunda sampai %1: %2</translation>
    </message>
    <message>
        <source>The controller still holds this fault: Reset asks you to confirm the bay is clear, then resets it at the controller.</source>
        <translation>Kontroler masih menahan gangguan ini: Reset meminta Anda memastikan area kosong, lalu me-reset-nya di kontroler.</translation>
    </message>
    <message>
        <source>FIRST OUT: another alarm followed within %1 s</source>
        <translation>PERTAMA: alarm lain menyusul dalam %1 s</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Diakui.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>%n alarm diakui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm was acknowledged.</source>
        <translation>Tidak ada alarm yang diakui.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>teknisi</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>that needs the %1 role</source>
        <translation>itu memerlukan peran %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged: %1.</source>
        <translation>
            <numerusform>%n tidak diakui: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain? Tap Reset again to reset at the controller.</source>
        <translation>Apakah area kosong dan tidak ada orang di dalam tirai cahaya? Ketuk Reset lagi untuk me-reset di kontroler.</translation>
    </message>
    <message>
        <source>Reset sent to the controller; the alarm clears when the controller clears the fault.</source>
        <translation>Reset dikirim ke kontroler; alarm hilang setelah kontroler menghapus gangguannya.</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>Di-reset.</translation>
    </message>
    <message>
        <source>Choose a reason and how long, then Shelve now.</source>
        <translation>Pilih alasan dan durasi, lalu Tunda sekarang.</translation>
    </message>
    <message>
        <source>Choose why the alarm is shelved first.</source>
        <translation>Pilih dulu alasan alarm ditunda.</translation>
    </message>
    <message>
        <source>Shelved for %1 min.</source>
        <translation>Ditunda selama %1 min.</translation>
    </message>
    <message>
        <source>Unshelved.</source>
        <translation>Penundaan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <source>HIGH</source>
        <translation>TINGGI</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>SEDANG</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>RENDAH</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Belum diakui</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Hilang, belum diakui</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>Diredam sesuai desain</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Di luar layanan</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>kontroler</translation>
    </message>
    <message>
        <source>station</source>
        <translation>stasiun</translation>
    </message>
    <message>
        <source>console</source>
        <translation>konsol</translation>
    </message>
    <message>
        <source>link</source>
        <translation>koneksi</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>jurnal</translation>
    </message>
    <message>
        <source>bay</source>
        <translation>area</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>slot %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>baterai %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>E-stop</source>
        <translation>Henti darurat</translation>
    </message>
    <message>
        <source>An emergency stop was pressed; all motion stopped.</source>
        <translation>Tombol henti darurat ditekan; semua gerakan berhenti.</translation>
    </message>
    <message>
        <source>Make the bay safe, reset the E-stop at the cabinet, then reset here.</source>
        <translation>Amankan area, reset henti darurat di kabinet, lalu reset di sini.</translation>
    </message>
    <message>
        <source>Lock jam</source>
        <translation>Kunci macet</translation>
    </message>
    <message>
        <source>A lock head jammed during (un)locking.</source>
        <translation>Kepala kunci macet saat mengunci atau membuka kunci.</translation>
    </message>
    <message>
        <source>Stop the swap; a technician checks the lock head in maintenance mode.</source>
        <translation>Hentikan penukaran; teknisi memeriksa kepala kunci dalam mode perawatan.</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Lift kelebihan beban</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read above its limit.</source>
        <translation>Load cell lift membaca di atas batasnya.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician inspects the pack and the lift.</source>
        <translation>Jauhi lift; teknisi memeriksa baterai dan lift.</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Shuttle tidak sejajar</translation>
    </message>
    <message>
        <source>The shuttle stopped off its slot.</source>
        <translation>Shuttle berhenti tidak tepat di slotnya.</translation>
    </message>
    <message>
        <source>A technician realigns the shuttle in maintenance mode.</source>
        <translation>Teknisi menyejajarkan ulang shuttle dalam mode perawatan.</translation>
    </message>
    <message>
        <source>HV interlock</source>
        <translation>Interlock HV</translation>
    </message>
    <message>
        <source>The vehicle&apos;s HV interlock loop is open.</source>
        <translation>Loop interlock HV kendaraan terbuka.</translation>
    </message>
    <message>
        <source>Do not release the vehicle; check the pack connector and retry verification.</source>
        <translation>Jangan lepas kendaraan; periksa konektor baterai lalu ulangi verifikasi.</translation>
    </message>
    <message>
        <source>Insulation low</source>
        <translation>Isolasi rendah</translation>
    </message>
    <message>
        <source>A pack&apos;s insulation resistance is below 100 ohm/V.</source>
        <translation>Resistansi isolasi baterai di bawah 100 ohm/V.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it. A technician acknowledges.</source>
        <translation>Karantinakan baterai; jangan diisi atau dipasang. Teknisi yang mengakui alarm ini.</translation>
    </message>
    <message>
        <source>Pack identity mismatch</source>
        <translation>Identitas baterai tidak cocok</translation>
    </message>
    <message>
        <source>The installed pack is not the planned one.</source>
        <translation>Baterai yang terpasang bukan yang direncanakan.</translation>
    </message>
    <message>
        <source>Hold the vehicle; check the pack code against the plan.</source>
        <translation>Tahan kendaraan; cocokkan kode baterai dengan rencana.</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Gangguan charger</translation>
    </message>
    <message>
        <source>A slot&apos;s charger reported a fault.</source>
        <translation>Charger sebuah slot melaporkan gangguan.</translation>
    </message>
    <message>
        <source>Reset the charger; if it repeats, disable the slot and call a technician.</source>
        <translation>Reset charger; jika terulang, nonaktifkan slot dan panggil teknisi.</translation>
    </message>
    <message>
        <source>BMS handshake</source>
        <translation>Handshake BMS</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS did not answer the check.</source>
        <translation>BMS baterai tidak menjawab pemeriksaan.</translation>
    </message>
    <message>
        <source>Retry verification; if it fails again, swap the pack out.</source>
        <translation>Ulangi verifikasi; jika gagal lagi, tukar baterainya.</translation>
    </message>
    <message>
        <source>Light curtain</source>
        <translation>Tirai cahaya</translation>
    </message>
    <message>
        <source>Someone crossed the bay light curtain.</source>
        <translation>Seseorang melewati tirai cahaya area.</translation>
    </message>
    <message>
        <source>Clear the bay, then reset.</source>
        <translation>Kosongkan area, lalu reset.</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <source>The controller stopped seeing this console&apos;s heartbeat and held motion.</source>
        <translation>Kontroler tidak lagi menerima heartbeat konsol ini dan menahan gerakan.</translation>
    </message>
    <message>
        <source>Check the link. Motion stays held until someone here checks the bay and taps Resume on the main page (or aborts the swap).</source>
        <translation>Periksa koneksi. Gerakan tetap ditahan sampai seseorang di sini memeriksa area dan mengetuk Lanjutkan di halaman utama (atau membatalkan penukaran).</translation>
    </message>
    <message>
        <source>Controller restart</source>
        <translation>Kontroler dimulai ulang</translation>
    </message>
    <message>
        <source>The controller restarted during a swap.</source>
        <translation>Kontroler dimulai ulang saat penukaran berlangsung.</translation>
    </message>
    <message>
        <source>Check the bay, then reset and follow the guided recovery.</source>
        <translation>Periksa area, lalu reset dan ikuti pemulihan terpandu.</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>Pintu terbuka</translation>
    </message>
    <message>
        <source>A station door is open: nothing moves and no swap starts while it is.</source>
        <translation>Pintu stasiun terbuka: tidak ada yang bergerak dan tidak ada penukaran yang dimulai selama pintu terbuka.</translation>
    </message>
    <message>
        <source>Close the door; a swap it stopped needs a reset once it is closed.</source>
        <translation>Tutup pintu; penukaran yang terhenti karenanya perlu di-reset setelah pintu tertutup.</translation>
    </message>
    <message>
        <source>Vehicle HV on</source>
        <translation>HV kendaraan menyala</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its HV off, so the controller stopped the swap before any lock moved.</source>
        <translation>Kendaraan tidak mengonfirmasi HV mati, jadi kontroler menghentikan penukaran sebelum ada kunci yang bergerak.</translation>
    </message>
    <message>
        <source>Ask the driver to switch the vehicle off and keep it off; then reset and start the swap again.</source>
        <translation>Minta pengemudi mematikan kendaraan dan membiarkannya mati; lalu reset dan mulai penukaran lagi.</translation>
    </message>
    <message>
        <source>Parking brake off</source>
        <translation>Rem parkir lepas</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its parking brake, so the controller stopped the swap before any lock moved.</source>
        <translation>Kendaraan tidak mengonfirmasi rem parkirnya, jadi kontroler menghentikan penukaran sebelum ada kunci yang bergerak.</translation>
    </message>
    <message>
        <source>Ask the driver to set the parking brake; then reset and start the swap again.</source>
        <translation>Minta pengemudi memasang rem parkir; lalu reset dan mulai penukaran lagi.</translation>
    </message>
    <message>
        <source>Load mismatch</source>
        <translation>Beban tidak cocok</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read a mass that does not match the pack&apos;s type: a wrong or damaged pack, or a faulty load cell.</source>
        <translation>Load cell lift membaca massa yang tidak sesuai tipe baterai: baterai salah atau rusak, atau load cell rusak.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician checks the pack and the load cell, then resets.</source>
        <translation>Jauhi lift; teknisi memeriksa baterai dan load cell, lalu me-reset.</translation>
    </message>
    <message>
        <source>Lock torque low</source>
        <translation>Torsi kunci rendah</translation>
    </message>
    <message>
        <source>A lock head ended below its locking torque (180-250 Nm): it may not hold the pack.</source>
        <translation>Kepala kunci berakhir di bawah torsi pengunciannya (180-250 Nm): mungkin tidak menahan baterai.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay; a technician unlocks and locks the head again in maintenance mode, then resets.</source>
        <translation>Tahan kendaraan di area; teknisi membuka lalu mengunci ulang kepala kunci dalam mode perawatan, lalu me-reset.</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Pemosisian gagal</translation>
    </message>
    <message>
        <source>The vehicle could not be positioned within tolerance after 3 tries.</source>
        <translation>Kendaraan tidak dapat diposisikan dalam toleransi setelah 3 kali percobaan.</translation>
    </message>
    <message>
        <source>Guide the driver back and retry positioning.</source>
        <translation>Arahkan pengemudi mundur dan ulangi pemosisian.</translation>
    </message>
    <message>
        <source>Swap aborted</source>
        <translation>Penukaran batal</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence.</source>
        <translation>Penukaran dibatalkan di tengah urutan.</translation>
    </message>
    <message>
        <source>Check the bay and reset to let the controller recover.</source>
        <translation>Periksa area dan reset agar kontroler dapat pulih.</translation>
    </message>
    <message>
        <source>Swap aborted, vehicle in bay</source>
        <translation>Penukaran batal, kendaraan di area</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence with the vehicle still in the bay: it may be without a pack, or with its pack half out.</source>
        <translation>Penukaran dibatalkan di tengah urutan saat kendaraan masih di area: kendaraan mungkin tanpa baterai, atau baterainya setengah keluar.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, then reset and follow the guided recovery before the vehicle leaves.</source>
        <translation>Tahan kendaraan di area dan pengemudi di luar kendaraan. Periksa baterai dan lift, lalu reset dan ikuti pemulihan terpandu sebelum kendaraan pergi.</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>Koneksi putus</translation>
    </message>
    <message>
        <source>The console lost the link to the station controller.</source>
        <translation>Konsol kehilangan koneksi ke kontroler stasiun.</translation>
    </message>
    <message>
        <source>Check the serial cable and the controller&apos;s power; the console reconnects by itself.</source>
        <translation>Periksa kabel serial dan daya kontroler; konsol tersambung kembali dengan sendirinya.</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>Koneksi menurun</translation>
    </message>
    <message>
        <source>The link to the controller needs retries (noise, a loose connector, a slow controller) but still works.</source>
        <translation>Koneksi ke kontroler perlu pengulangan (derau, konektor longgar, kontroler lambat) tetapi masih berfungsi.</translation>
    </message>
    <message>
        <source>Check the RS-485 cabling, its termination and shield; run &apos;operator-app link check&apos; with --trace to see the frames.</source>
        <translation>Periksa kabel RS-485, terminasi dan pelindungnya; jalankan &apos;operator-app link check&apos; dengan --trace untuk melihat frame.</translation>
    </message>
    <message>
        <source>Journal disk full</source>
        <translation>Disk jurnal penuh</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full; records go into the journal&apos;s reserve space, then wait in memory, and telemetry is thinned.</source>
        <translation>Disk terminal penuh; catatan masuk ke ruang cadangan jurnal, lalu menunggu di memori, dan telemetri dikurangi.</translation>
    </message>
    <message>
        <source>Free space on the terminal now (old exports, logs); waiting records are written when space returns.</source>
        <translation>Kosongkan ruang di terminal sekarang (ekspor lama, log); catatan yang menunggu ditulis setelah ruang tersedia.</translation>
    </message>
    <message>
        <source>Journal failed</source>
        <translation>Jurnal gagal</translation>
    </message>
    <message>
        <source>The station journal cannot be written.</source>
        <translation>Jurnal stasiun tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Call a technician: swaps are not being recorded.</source>
        <translation>Panggil teknisi: penukaran tidak tercatat.</translation>
    </message>
    <message>
        <source>Sync down</source>
        <translation>Sinkron putus</translation>
    </message>
    <message>
        <source>The oldest record not yet sent to the fleet is older than the station&apos;s limit (24 hours unless configured): the broker has been unreachable that long.</source>
        <translation>Catatan tertua yang belum terkirim ke armada melewati batas stasiun (24 jam kecuali diatur lain): broker tidak dapat dijangkau selama itu.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s network; records are kept and go when the broker is back. A station with no network hands them over on a USB stick (operator-app sync export).</source>
        <translation>Periksa jaringan terminal; catatan tetap disimpan dan terkirim saat broker kembali. Stasiun tanpa jaringan menyerahkannya lewat flashdisk USB (operator-app sync export).</translation>
    </message>
    <message>
        <source>Sync backlog full</source>
        <translation>Antrean sinkron penuh</translation>
    </message>
    <message>
        <source>The records waiting for the fleet take more disk than their budget. None is dropped.</source>
        <translation>Catatan yang menunggu untuk armada memakai disk melebihi jatahnya. Tidak ada yang dibuang.</translation>
    </message>
    <message>
        <source>Bring the network back, or hand the records over on a USB stick (operator-app sync export); a technician may raise budget_mb under [sync].</source>
        <translation>Pulihkan jaringan, atau serahkan catatan lewat flashdisk USB (operator-app sync export); teknisi dapat menaikkan budget_mb di bagian [sync].</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Sinkron ditolak</translation>
    </message>
    <message>
        <source>The fleet&apos;s broker refuses this station (its credentials, its certificate, a topic its ACL denies, or a station id that changed): records wait.</source>
        <translation>Broker armada menolak stasiun ini (kredensial, sertifikat, topik yang ditolak ACL-nya, atau ID stasiun yang berubah): catatan menunggu.</translation>
    </message>
    <message>
        <source>Call a technician: the station details page says what was refused; the [sync] settings or the broker&apos;s ACL need fixing.</source>
        <translation>Panggil teknisi: halaman Detail stasiun menyebutkan apa yang ditolak; pengaturan [sync] atau ACL broker perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Quarantined pack in swap</source>
        <translation>Baterai karantina dalam penukaran</translation>
    </message>
    <message>
        <source>A swap the console did not plan (the bay&apos;s button, another terminal) is taking a pack that is in quarantine.</source>
        <translation>Penukaran yang tidak direncanakan konsol (tombol di area, terminal lain) sedang mengambil baterai yang dikarantina.</translation>
    </message>
    <message>
        <source>Abort the swap while the vehicle is in the bay; if it has left, tell the technician which vehicle has the pack.</source>
        <translation>Batalkan penukaran selagi kendaraan di area; jika sudah pergi, beri tahu teknisi kendaraan mana yang membawa baterai itu.</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Perlu servis</translation>
    </message>
    <message>
        <source>A maintenance counter of the controller (lift cycles, lock cycles or shuttle travel) has reached its service interval ([maintenance] in the settings).</source>
        <translation>Penghitung perawatan kontroler (siklus lift, siklus kunci, atau jarak tempuh shuttle) telah mencapai interval servisnya ([maintenance] di pengaturan).</translation>
    </message>
    <message>
        <source>Plan the service: the maintenance page&apos;s Counters section says which is due. Swaps go on meanwhile.</source>
        <translation>Rencanakan servis: bagian Penghitung di halaman perawatan menunjukkan mana yang jatuh tempo. Sementara itu penukaran tetap berjalan.</translation>
    </message>
    <message>
        <source>BMS SoH disagrees</source>
        <translation>SoH BMS tidak sesuai</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of health more than 3 points away from the capacity this console measured in the pack&apos;s own charges.</source>
        <translation>BMS baterai melaporkan kesehatan (SoH) yang berselisih lebih dari 3 poin dari kapasitas yang diukur konsol ini saat baterai tersebut diisi.</translation>
    </message>
    <message>
        <source>Trust the measured capacity (the pack page shows both); a technician checks the BMS&apos;s calibration, or quarantines the pack.</source>
        <translation>Percayai kapasitas terukur (halaman baterai menampilkan keduanya); teknisi memeriksa kalibrasi BMS, atau baterai dikarantina.</translation>
    </message>
    <message>
        <source>Pack temperature difference</source>
        <translation>Baterai: selisih suhu</translation>
    </message>
    <message>
        <source>Pack high temperature</source>
        <translation>Baterai: suhu tinggi</translation>
    </message>
    <message>
        <source>Pack over voltage</source>
        <translation>Baterai: tegangan lebih</translation>
    </message>
    <message>
        <source>Pack under voltage</source>
        <translation>Baterai: tegangan kurang</translation>
    </message>
    <message>
        <source>Pack SoC low</source>
        <translation>Baterai: SoC rendah</translation>
    </message>
    <message>
        <source>Pack cell over voltage</source>
        <translation>Baterai: tegangan sel lebih</translation>
    </message>
    <message>
        <source>Pack cell under voltage</source>
        <translation>Baterai: tegangan sel kurang</translation>
    </message>
    <message>
        <source>Pack SoC high</source>
        <translation>Baterai: SoC tinggi</translation>
    </message>
    <message>
        <source>Pack SoC jump</source>
        <translation>Baterai: SoC melonjak</translation>
    </message>
    <message>
        <source>Pack storage mismatch</source>
        <translation>Baterai: penyimpanan tidak cocok</translation>
    </message>
    <message>
        <source>Pack poor cell consistency</source>
        <translation>Baterai: konsistensi sel buruk</translation>
    </message>
    <message>
        <source>Pack insulation failure</source>
        <translation>Baterai: isolasi gagal</translation>
    </message>
    <message>
        <source>Pack DC-DC temperature</source>
        <translation>Baterai: suhu DC-DC</translation>
    </message>
    <message>
        <source>Pack brake</source>
        <translation>Baterai: rem</translation>
    </message>
    <message>
        <source>Pack DC-DC status</source>
        <translation>Baterai: status DC-DC</translation>
    </message>
    <message>
        <source>Pack motor controller temperature</source>
        <translation>Baterai: suhu kontroler motor</translation>
    </message>
    <message>
        <source>Pack HV interlock</source>
        <translation>Baterai: interlock HV</translation>
    </message>
    <message>
        <source>Pack motor temperature</source>
        <translation>Baterai: suhu motor</translation>
    </message>
    <message>
        <source>Pack over charge</source>
        <translation>Baterai: pengisian berlebih</translation>
    </message>
    <message>
        <source>Pack unknown</source>
        <translation>Baterai: tidak dikenal</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports too large a temperature difference inside the pack.</source>
        <translation>BMS baterai melaporkan selisih suhu yang terlalu besar di dalam baterai.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high temperature.</source>
        <translation>BMS baterai melaporkan suhu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too high.</source>
        <translation>BMS baterai melaporkan tegangan baterai terlalu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too low.</source>
        <translation>BMS baterai melaporkan tegangan baterai terlalu rendah.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a low state of charge.</source>
        <translation>BMS baterai melaporkan SoC rendah.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too high.</source>
        <translation>BMS baterai melaporkan tegangan sel terlalu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too low.</source>
        <translation>BMS baterai melaporkan tegangan sel terlalu rendah.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of charge too high.</source>
        <translation>BMS baterai melaporkan SoC terlalu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a sudden jump of the state of charge.</source>
        <translation>BMS baterai melaporkan lonjakan SoC yang tiba-tiba.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports that the pack does not match the vehicle&apos;s energy storage.</source>
        <translation>BMS baterai melaporkan bahwa baterai tidak cocok dengan penyimpanan energi kendaraan.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports poor consistency between its cells.</source>
        <translation>BMS baterai melaporkan konsistensi antarsel yang buruk.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an insulation failure.</source>
        <translation>BMS baterai melaporkan kegagalan isolasi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high DC-DC converter temperature.</source>
        <translation>BMS baterai melaporkan suhu konverter DC-DC tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a brake system alarm.</source>
        <translation>BMS baterai melaporkan alarm sistem rem.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a DC-DC converter fault.</source>
        <translation>BMS baterai melaporkan gangguan konverter DC-DC.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor controller temperature.</source>
        <translation>BMS baterai melaporkan suhu kontroler motor tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports its HV interlock open.</source>
        <translation>BMS baterai melaporkan interlock HV-nya terbuka.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor temperature.</source>
        <translation>BMS baterai melaporkan suhu motor tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack overcharged.</source>
        <translation>BMS baterai melaporkan baterai kelebihan pengisian.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an alarm this console does not know.</source>
        <translation>BMS baterai melaporkan alarm yang tidak dikenal konsol ini.</translation>
    </message>
    <message>
        <source>Stop charging the pack and let it cool; quarantine if it repeats.</source>
        <translation>Hentikan pengisian baterai dan biarkan dingin; karantinakan jika terulang.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s cooling; quarantine if it repeats.</source>
        <translation>Periksa pendinginan baterai; karantinakan jika terulang.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it.</source>
        <translation>Karantinakan baterai; jangan diisi atau dipasang.</translation>
    </message>
    <message>
        <source>Stop charging; a technician checks the cell balancing.</source>
        <translation>Hentikan pengisian; teknisi memeriksa penyeimbangan sel.</translation>
    </message>
    <message>
        <source>Do not install; charge slowly and check the weak cell.</source>
        <translation>Jangan dipasang; isi perlahan dan periksa sel yang lemah.</translation>
    </message>
    <message>
        <source>Schedule a balancing charge; watch the pack&apos;s health.</source>
        <translation>Jadwalkan pengisian penyeimbangan; pantau kesehatan baterai.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s diagnostics.</source>
        <translation>Periksa diagnostik baterai.</translation>
    </message>
    <message>
        <source>The controller reported a fault code this console does not know.</source>
        <translation>Kontroler melaporkan kode gangguan yang tidak dikenal konsol ini.</translation>
    </message>
    <message>
        <source>Look the code up in the controller&apos;s manual.</source>
        <translation>Cari kode tersebut di manual kontroler.</translation>
    </message>
</context>
<context>
    <name>BayCamera</name>
    <message>
        <source>camera %1 is configured, but Qt Multimedia is not installed (pip install &apos;operator-app[camera]&apos;)</source>
        <translation>kamera %1 sudah diatur, tetapi Qt Multimedia tidak terpasang (pip install &apos;operator-app[camera]&apos;)</translation>
    </message>
    <message>
        <source>camera %1: no such local camera (%2 found)</source>
        <translation>kamera %1: tidak ada kamera lokal seperti itu (%2 ditemukan)</translation>
    </message>
    <message>
        <source>camera %1: %2</source>
        <translation>kamera %1: %2</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>kamera %1</translation>
    </message>
</context>
<context>
    <name>BayView</name>
    <message>
        <source>waiting for the station</source>
        <translation>menunggu stasiun</translation>
    </message>
    <message>
        <source>bay empty</source>
        <translation>area kosong</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>tunggu</translation>
    </message>
    <message>
        <source>STOP: in position</source>
        <translation>BERHENTI: tepat di posisi</translation>
    </message>
    <message>
        <source>forward %1 m</source>
        <translation>maju %1 m</translation>
    </message>
    <message>
        <source>back %1 m</source>
        <translation>mundur %1 m</translation>
    </message>
    <message>
        <source>steer left %1 m</source>
        <translation>belok kiri %1 m</translation>
    </message>
    <message>
        <source>steer right %1 m</source>
        <translation>belok kanan %1 m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</source>
        <translation>offset %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>lift</translation>
    </message>
    <message>
        <source>no camera configured: bay drawn from the positioning sensors</source>
        <translation>tidak ada kamera yang diatur: area digambar dari sensor posisi</translation>
    </message>
    <message>
        <source>STALE, %1: last known position</source>
        <translation>USANG, %1: posisi terakhir yang diketahui</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>koneksi putus</translation>
    </message>
</context>
<context>
    <name>ChargeCurves</name>
    <message>
        <source>SoC (%)</source>
        <translation>SoC (%)</translation>
    </message>
    <message>
        <source>Highest cell (V)</source>
        <translation>Sel tertinggi (V)</translation>
    </message>
    <message>
        <source>hours from the start of the charge</source>
        <translation>jam sejak awal pengisian</translation>
    </message>
    <message>
        <source>Charging sessions of %1</source>
        <translation>Sesi pengisian %1</translation>
    </message>
    <message>
        <source>The journal holds no charging session of pack %1.</source>
        <translation>Jurnal tidak memuat sesi pengisian baterai %1.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaru dulu</translation>
    </message>
    <message>
        <source>%1 % to %2 %, %3 h</source>
        <translation>%1 % hingga %2 %, %3 h</translation>
    </message>
    <message>
        <source>, %1 Ah</source>
        <translation>, %1 Ah</translation>
    </message>
    <message>
        <source>, not measured (%1)</source>
        <translation>, tidak diukur (%1)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfigurasi: %1</translation>
    </message>
    <message>
        <source>Configuration: %1; English is used</source>
        <translation>Konfigurasi: %1; bahasa Inggris yang dipakai</translation>
    </message>
</context>
<context>
    <name>ExpectedModel</name>
    <message>
        <source>%1, %2: %3 x %4</source>
        <translation>%1, %2: %3 x %4</translation>
    </message>
    <message>
        <source>in the bay now, swapped today at %1</source>
        <translation>di area sekarang, ditukar hari ini pukul %1</translation>
    </message>
    <message>
        <source>in the bay now</source>
        <translation>di area sekarang</translation>
    </message>
    <message>
        <source>swapped today at %1</source>
        <translation>ditukar hari ini pukul %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>dijadwalkan</translation>
    </message>
</context>
<context>
    <name>FirstConsole</name>
    <message>
        <source>Swap station console %1</source>
        <translation>Konsol stasiun tukar baterai %1</translation>
    </message>
    <message>
        <source>SIMULATION: this console is connected to the simulated station, not to real equipment</source>
        <translation>SIMULASI: konsol ini tersambung ke stasiun simulasi, bukan ke peralatan sungguhan</translation>
    </message>
    <message>
        <source>Link to the station controller</source>
        <translation>Koneksi ke kontroler stasiun</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Controller heartbeat</source>
        <translation>Heartbeat kontroler</translation>
    </message>
    <message>
        <source>Console heartbeat</source>
        <translation>Heartbeat konsol</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Bolak-balik</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Pembaruan terakhir</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Fleet sync</source>
        <translation>Sinkron armada</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>Waktu langkah</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Active faults</source>
        <translation>Gangguan aktif</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>tidak ada alarm</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rak</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>Kode baterai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Max temp.</source>
        <translation>Suhu maks.</translation>
    </message>
    <message>
        <source>Link events</source>
        <translation>Peristiwa koneksi</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>blok %1 dari %2</translation>
    </message>
    <message>
        <source>%1 s of %2 s expected</source>
        <translation>%1 s dari %2 s yang diperkirakan</translation>
    </message>
    <message>
        <source>%1: %2, offsets %3 mm / %4 mm</source>
        <translation>%1: %2, offset %3 mm / %4 mm</translation>
    </message>
    <message>
        <source>unknown plate</source>
        <translation>pelat tidak dikenal</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors</source>
        <translation>median %1 ms, p99 %2 ms, %3 transaksi, %4 timeout, %5 galat CRC</translation>
    </message>
    <message>
        <source>%1: %3 | high %4, medium %5, low %6</source>
        <translation>%1: %3 | tinggi %4, sedang %5, rendah %6</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>mencatat</translation>
    </message>
    <message>
        <source>DISK FULL</source>
        <translation>DISK PENUH</translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation>TIDAK MENCATAT</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>belum ada data</translation>
    </message>
    <message>
        <source>No data from the station controller yet</source>
        <translation>Belum ada data dari kontroler stasiun</translation>
    </message>
    <message>
        <source>%1 s ago (poll %2)</source>
        <translation>%1 s lalu (poll %2)</translation>
    </message>
    <message>
        <source>STALE: the values below are from %1, %2 s ago; the link to the controller is down</source>
        <translation>USANG: nilai di bawah berasal dari %1, %2 s lalu; koneksi ke kontroler putus</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>First start: the station&apos;s supervisor</source>
        <translation>Mulai pertama: supervisor stasiun</translation>
    </message>
    <message>
        <source>No supervisor is set up on this station yet. The supervisor decides who may work here: make yours now (or later from Sign in). Swaps run without one.</source>
        <translation>Stasiun ini belum punya supervisor. Supervisor menentukan siapa yang boleh bekerja di sini: buat sekarang (atau nanti lewat Masuk). Penukaran tetap berjalan tanpa supervisor.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>packs</source>
        <translation>baterai</translation>
    </message>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Kesehatan armada</translation>
    </message>
    <message>
        <source>The journal holds no pack with a SoH yet.</source>
        <translation>Jurnal belum memuat baterai dengan SoH.</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>akhir masa pakai</translation>
    </message>
    <message>
        <source>Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only (hatched)</source>
        <translation>Kesehatan armada: %1 baterai, median SoH %2 %; %3 diukur, %4 hanya dari BMS (diarsir)</translation>
    </message>
    <message>
        <source>No outliers: every pack is within 2 standard deviations of the median and above the end of life.</source>
        <translation>Tidak ada pencilan: setiap baterai berada dalam 2 simpangan baku dari median dan di atas akhir masa pakai.</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Pencilan</translation>
    </message>
    <message>
        <source>below the end of life</source>
        <translation>di bawah akhir masa pakai</translation>
    </message>
    <message>
        <source>%1 standard deviations from the median</source>
        <translation>%1 simpangan baku dari median</translation>
    </message>
    <message>
        <source> (BMS SoH, not measured)</source>
        <translation> (SoH BMS, tidak diukur)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Frame (hex)</source>
        <translation>Frame (hex)</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latensi</translation>
    </message>
    <message>
        <source>Exception or problem</source>
        <translation>Exception atau masalah</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ terkirim</translation>
    </message>
    <message>
        <source>← answer</source>
        <translation>← jawaban</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>SALAH</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>exception %1</translation>
    </message>
</context>
<context>
    <name>HealthTrend</name>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>not enough sessions for a trend (%1 good; a trend needs %2 over %3 days)</source>
        <translation>sesi belum cukup untuk tren (%1 baik; tren perlu %2 selama %3 hari)</translation>
    </message>
    <message>
        <source>no decline measured (%1 points a year): no end of life in sight</source>
        <translation>tidak ada penurunan terukur (%1 poin per tahun): akhir masa pakai belum terlihat</translation>
    </message>
    <message>
        <source>below %1 % since about %2</source>
        <translation>di bawah %1 % sejak sekitar %2</translation>
    </message>
    <message>
        <source>falls %1 points a year: reaches %2 % around %3</source>
        <translation>turun %1 poin per tahun: mencapai %2 % sekitar %3</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Kesehatan %1</translation>
    </message>
    <message>
        <source>The journal holds no health record of pack %1.</source>
        <translation>Jurnal tidak memuat catatan kesehatan baterai %1.</translation>
    </message>
    <message>
        <source>Measured SoH %1 % (last of %2 good sessions)</source>
        <translation>SoH terukur %1 % (terakhir dari %2 sesi baik)</translation>
    </message>
    <message>
        <source>the BMS says %1 %</source>
        <translation>menurut BMS %1 %</translation>
    </message>
    <message>
        <source>BMS SoH</source>
        <translation>SoH BMS</translation>
    </message>
    <message>
        <source>measured (good sessions)</source>
        <translation>terukur (sesi baik)</translation>
    </message>
    <message>
        <source>trend of the measured SoH</source>
        <translation>tren SoH terukur</translation>
    </message>
    <message>
        <source>end of life %1 %</source>
        <translation>akhir masa pakai %1 %</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify the vehicle</source>
        <translation>Identifikasi kendaraan</translation>
    </message>
    <message>
        <source>Plate (2-12 letters and digits), or scan</source>
        <translation>Pelat (2-12 huruf dan angka), atau pindai</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Jadwal hari ini</translation>
    </message>
    <message>
        <source>Expected today (tap to identify)</source>
        <translation>Jadwal hari ini (ketuk untuk identifikasi)</translation>
    </message>
    <message>
        <source>Type the plate, scan the vehicle&apos;s code, or tap it in the list.</source>
        <translation>Ketik pelat, pindai kode kendaraan, atau ketuk kendaraan di daftar.</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 sudah ditukar pukul %2 hari ini: periksa sebelum menukar lagi</translation>
    </message>
    <message>
        <source>Type the plate first, or tap a vehicle in the list.</source>
        <translation>Ketik pelat dulu, atau ketuk kendaraan di daftar.</translation>
    </message>
    <message>
        <source>Identify anyway</source>
        <translation>Tetap identifikasi</translation>
    </message>
    <message>
        <source>Not identified: %1</source>
        <translation>Tidak teridentifikasi: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Alat jurnal</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>Verifikasi jurnal</translation>
    </message>
    <message>
        <source>Export: how far back</source>
        <translation>Ekspor: rentang waktu</translation>
    </message>
    <message>
        <source>Export: tap the folder to write to</source>
        <translation>Ekspor: ketuk folder tujuan</translation>
    </message>
    <message>
        <source>The journal tools need a signed-in technician.</source>
        <translation>Alat jurnal memerlukan teknisi yang sudah masuk.</translation>
    </message>
    <message>
        <source>No journal is kept: there is nothing to verify.</source>
        <translation>Tidak ada jurnal yang disimpan: tidak ada yang perlu diverifikasi.</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Memverifikasi jurnal…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengekspor ke %1…</translation>
    </message>
    <message>
        <source>Journal verified: no problem found.</source>
        <translation>Jurnal terverifikasi: tidak ada masalah.</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: see the lines marked FAIL.</source>
        <translation>ADA MASALAH: lihat baris bertanda FAIL.</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>%1 catatan diekspor ke %2.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was left half written; try another folder.</source>
        <translation>Ekspor gagal: %1. Tidak ada yang tertulis setengah jalan; coba folder lain.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>For %1: the console speaks it at each of their sign-ins.</source>
        <translation>Untuk %1: konsol memakai bahasa ini setiap kali orang itu masuk.</translation>
    </message>
    <message>
        <source>For this terminal: the console starts in it. A signed-in person chooses their own.</source>
        <translation>Untuk terminal ini: konsol dimulai dalam bahasa ini. Orang yang sudah masuk memilih bahasanya sendiri.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Swap station</source>
        <translation>Stasiun tukar baterai</translation>
    </message>
    <message>
        <source>%1: swap station console %2</source>
        <translation>%1: konsol stasiun tukar baterai %2</translation>
    </message>
    <message>
        <source>MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for the maintenance page.</source>
        <translation>MODE PERAWATAN: penukaran tidak dapat dimulai; gerakan hanya selama tombol ditahan. Ketuk untuk halaman perawatan.</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Detail stasiun</translation>
    </message>
    <message>
        <source>%1 (simulated station)</source>
        <translation>%1 (stasiun simulasi)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>dari kode sumber</translation>
    </message>
    <message>
        <source>unknown: its build_info.json cannot be read</source>
        <translation>tidak diketahui: build_info.json tidak dapat dibaca</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Version %1, kiosk bundle</source>
        <translation>Versi %1, paket kios</translation>
    </message>
    <message>
        <source>About this console:</source>
        <translation>Tentang konsol ini:</translation>
    </message>
    <message>
        <source>Revision %1, built %2</source>
        <translation>Revisi %1, dibuat %2</translation>
    </message>
    <message>
        <source>IN: for %1</source>
        <translation>MASUK: untuk %1</translation>
    </message>
    <message>
        <source>OUT: depleted pack goes here</source>
        <translation>KELUAR: baterai habis ke sini</translation>
    </message>
    <message>
        <source>SIMULATION: not connected to real equipment. Tap here for the training controls.</source>
        <translation>SIMULASI: tidak tersambung ke peralatan sungguhan. Ketuk di sini untuk kontrol pelatihan.</translation>
    </message>
    <message>
        <source>Training users: %1</source>
        <translation>Pengguna pelatihan: %1</translation>
    </message>
    <message>
        <source>Users: no supervisor yet: tap to make the first</source>
        <translation>Pengguna: belum ada supervisor: ketuk untuk membuat yang pertama</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor manages users.</source>
        <translation>Hanya supervisor yang sudah masuk dapat mengelola pengguna.</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Ketuk nama Anda, lalu ketik PIN (atau tunjukkan kartu Anda)</translation>
    </message>
    <message>
        <source>Closing the console needs a name and PIN.</source>
        <translation>Menutup konsol memerlukan nama dan PIN.</translation>
    </message>
    <message>
        <source>%1 (no other language installed)</source>
        <translation>%1 (tidak ada bahasa lain yang terpasang)</translation>
    </message>
    <message>
        <source>A technician&apos;s name and PIN close the console</source>
        <translation>Nama dan PIN teknisi diperlukan untuk menutup konsol</translation>
    </message>
    <message>
        <source>%1 for now: not kept for the next start (%2)</source>
        <translation>%1 untuk sementara: tidak disimpan untuk mulai berikutnya (%2)</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Until put back</source>
        <translation>Sampai dikembalikan</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 jam</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 jam</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <source>Mode and motion</source>
        <translation>Mode dan gerakan</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Penghitung</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Alat</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Hentikan operasi</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Operasikan lagi</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Nonaktifkan charger</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Aktifkan charger</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Alat jurnal</translation>
    </message>
    <message>
        <source>Register monitor</source>
        <translation>Monitor register</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Lift up</source>
        <translation>Lift naik</translation>
    </message>
    <message>
        <source>Lift down</source>
        <translation>Lift turun</translation>
    </message>
    <message>
        <source>Shuttle toward bay</source>
        <translation>Shuttle ke area</translation>
    </message>
    <message>
        <source>Shuttle toward rack</source>
        <translation>Shuttle ke rak</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Homing sumbu</translation>
    </message>
    <message>
        <source>Shuttle to it</source>
        <translation>Shuttle ke slot</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Kunci kepala</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Buka kunci kepala</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>Moving while held…</source>
        <translation>Bergerak selama ditahan…</translation>
    </message>
    <message>
        <source>Moving while held: %1 s</source>
        <translation>Bergerak selama ditahan: %1 s</translation>
    </message>
    <message>
        <source>%1 (while held: %2)</source>
        <translation>%1 (selama ditahan: %2)</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Before leaving: %1</source>
        <translation>Perawatan, dikonfirmasi oleh kontroler. Sebelum keluar: %1</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Safe to leave: lift down, shuttle at the bay, nothing carried.</source>
        <translation>Perawatan, dikonfirmasi oleh kontroler. Aman untuk keluar: lift turun, shuttle di area, tidak membawa apa pun.</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Keluar perawatan</translation>
    </message>
    <message>
        <source>Nobody who may work here is signed in: a technician signs in (the status bar&apos;s sign-in) to move the axes or to leave maintenance.</source>
        <translation>Belum ada orang berwenang yang masuk: teknisi masuk (Masuk di bilah status) untuk menggerakkan sumbu atau keluar dari perawatan.</translation>
    </message>
    <message>
        <source>Automatic operation. Motion by hand needs maintenance mode.</source>
        <translation>Operasi otomatis. Gerakan manual memerlukan mode perawatan.</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>Masuk perawatan</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>di area</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>di antara titik henti</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>di slot %1</translation>
    </message>
    <message>
        <source>Lift %1, load %2. Shuttle %3 (%4). Lock heads %5</source>
        <translation>Lift %1, beban %2. Shuttle %3 (%4). Kepala kunci %5</translation>
    </message>
    <message>
        <source>Lift cycles</source>
        <translation>Siklus lift</translation>
    </message>
    <message>
        <source>Lock cycles</source>
        <translation>Siklus kunci</translation>
    </message>
    <message>
        <source>Shuttle travel, km</source>
        <translation>Jarak shuttle, km</translation>
    </message>
    <message>
        <source>%1: the controller does not count it (protocol 3.2 has the counters)</source>
        <translation>%1: kontroler tidak menghitungnya (protokol 3.2 memiliki penghitung ini)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 dari %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1: SERVICE DUE</source>
        <translation>%1: PERLU SERVIS</translation>
    </message>
    <message>
        <source>SERVICE DUE</source>
        <translation>PERLU SERVIS</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>bergerak</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>GANGGUAN</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>tidak beroperasi</translation>
    </message>
    <message>
        <source>charger disabled</source>
        <translation>charger nonaktif</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>gangguan charger</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>beroperasi</translation>
    </message>
    <message>
        <source>Slot %1
%2</source>
        <translation>Slot %1
%2</translation>
    </message>
    <message>
        <source>Tap a slot. To take it out of service, tap why and until when.</source>
        <translation>Ketuk slot. Untuk menghentikan operasinya, ketuk alasan dan sampai kapan.</translation>
    </message>
    <message>
        <source>Taken out by %1.</source>
        <translation>Dihentikan oleh %1.</translation>
    </message>
    <message>
        <source>Slot %1 is in service. To take it out, tap why and until when.</source>
        <translation>Slot %1 beroperasi. Untuk menghentikannya, ketuk alasan dan sampai kapan.</translation>
    </message>
</context>
<context>
    <name>PackAlarmModel</name>
    <message>
        <source>raised %1</source>
        <translation>muncul %1</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>hilang %1</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>belum hilang</translation>
    </message>
</context>
<context>
    <name>PackHistoryPlot</name>
    <message>
        <source>No pack chosen.</source>
        <translation>Belum ada baterai yang dipilih.</translation>
    </message>
    <message>
        <source>SoC, V, A</source>
        <translation>SoC, V, A</translation>
    </message>
    <message>
        <source>cells, °C, kW</source>
        <translation>sel, °C, kW</translation>
    </message>
    <message>
        <source>Show
%1</source>
        <translation>Tampilkan
%1</translation>
    </message>
    <message>
        <source>The journal holds no telemetry of pack %1.</source>
        <translation>Jurnal tidak memuat telemetri baterai %1.</translation>
    </message>
    <message>
        <source>Cursor %1: no sample recorded near this time</source>
        <translation>Kursor %1: tidak ada sampel tercatat di dekat waktu ini</translation>
    </message>
    <message>
        <source>Cursor %1: bucket %2 to %3, %4 samples</source>
        <translation>Kursor %1: kelompok %2 hingga %3, %4 sampel</translation>
    </message>
    <message>
        <source>Cursor %1: sample at %2</source>
        <translation>Kursor %1: sampel pada %2</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>tidak ada sampel</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>shallow</source>
        <translation>dangkal</translation>
    </message>
    <message>
        <source>gap in the readings</source>
        <translation>celah dalam pembacaan</translation>
    </message>
    <message>
        <source>SoC jumped</source>
        <translation>SoC melonjak</translation>
    </message>
    <message>
        <source>SoC frozen</source>
        <translation>SoC membeku</translation>
    </message>
    <message>
        <source>meter went backwards</source>
        <translation>meter mundur</translation>
    </message>
    <message>
        <source>link lost</source>
        <translation>koneksi putus</translation>
    </message>
    <message>
        <source>console restarted</source>
        <translation>konsol dimulai ulang</translation>
    </message>
    <message>
        <source>pack removed</source>
        <translation>baterai dilepas</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>tidak selesai</translation>
    </message>
    <message>
        <source>no SoC</source>
        <translation>tanpa SoC</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>gangguan charger</translation>
    </message>
    <message>
        <source>taken for a swap</source>
        <translation>diambil untuk penukaran</translation>
    </message>
    <message>
        <source>console restart</source>
        <translation>konsol dimulai ulang</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>baterai</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>sel</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Detail baterai</translation>
    </message>
    <message>
        <source>Pack code or slot number</source>
        <translation>Kode baterai atau nomor slot</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Nonaktifkan charger</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Karantina…</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>Lepas dari karantina</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>Simpan catatan…</translation>
    </message>
    <message>
        <source>Health: measured by this station and by the BMS</source>
        <translation>Kesehatan: diukur oleh stasiun ini dan oleh BMS</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Kini</translation>
    </message>
    <message>
        <source>Pack code (GB/T 34014)</source>
        <translation>Kode baterai (GB/T 34014)</translation>
    </message>
    <message>
        <source>Its life so far</source>
        <translation>Riwayat pemakaian</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Armada</translation>
    </message>
    <message>
        <source>Show the charge curves</source>
        <translation>Tampilkan kurva pengisian</translation>
    </message>
    <message>
        <source>Show the SoH trend</source>
        <translation>Tampilkan tren SoH</translation>
    </message>
    <message>
        <source>There is no journal: the packs&apos; health is not known.</source>
        <translation>Tidak ada jurnal: kesehatan baterai tidak diketahui.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Confirm quarantine</source>
        <translation>Konfirmasi karantina</translation>
    </message>
    <message>
        <source>Reason: %1. Confirm quarantine to keep the pack out of every swap.</source>
        <translation>Alasan: %1. Ketuk Konfirmasi karantina agar baterai tidak dipakai untuk penukaran apa pun.</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Simpan di sini</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Tutup keyboard</translation>
    </message>
    <message>
        <source>over-voltage level %1: %2 V</source>
        <translation>tegangan lebih level %1: %2 V</translation>
    </message>
    <message>
        <source>under-voltage level %1: %2 V</source>
        <translation>tegangan kurang level %1: %2 V</translation>
    </message>
    <message>
        <source>high temperature level %1: %2 °C</source>
        <translation>suhu tinggi level %1: %2 °C</translation>
    </message>
    <message>
        <source>not offered above %1 °C</source>
        <translation>tidak ditawarkan di atas %1 °C</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>Enable charger (technician)</source>
        <translation>Aktifkan charger (teknisi)</translation>
    </message>
    <message>
        <source>Pack record</source>
        <translation>Catatan baterai</translation>
    </message>
    <message>
        <source>In quarantine: %1</source>
        <translation>Dalam karantina: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>tidak ada alasan tercatat</translation>
    </message>
    <message>
        <source>Not in the rack: this pack is not at the station now; its records are below.</source>
        <translation>Tidak di rak: baterai ini sedang tidak berada di stasiun; catatannya ada di bawah.</translation>
    </message>
    <message>
        <source>The slot is empty.</source>
        <translation>Slot kosong.</translation>
    </message>
    <message>
        <source>Not offered to any swap. %1</source>
        <translation>Tidak ditawarkan untuk penukaran apa pun. %1</translation>
    </message>
    <message>
        <source>Reserved for the running swap.</source>
        <translation>Dicadangkan untuk penukaran yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, every check passed).</source>
        <translation>Ditawarkan: siap untuk kendaraan dengan tipe baterai %1 (SoC %2 %, semua pemeriksaan lolos).</translation>
    </message>
    <message>
        <source>Not offered yet: charging, SoC %1 % of the %2 % needed</source>
        <translation>Belum ditawarkan: mengisi daya, SoC %1 % dari %2 % yang diperlukan</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>siap dalam sekitar %1 min</translation>
    </message>
    <message>
        <source>Slot fault: the slot&apos;s charger reports a fault.</source>
        <translation>Gangguan slot: charger slot melaporkan gangguan.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is faulted.</source>
        <translation>Tidak ditawarkan: charger slot mengalami gangguan.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is switched off (slot disabled).</source>
        <translation>Tidak ditawarkan: charger slot dimatikan (slot nonaktif).</translation>
    </message>
    <message>
        <source>Not offered: BMS alarm level %1 (a pack at level %2 or more is kept out).</source>
        <translation>Tidak ditawarkan: level alarm BMS %1 (baterai dengan level %2 atau lebih tidak dipakai).</translation>
    </message>
    <message>
        <source>Not offered: the BMS alarm level is not known.</source>
        <translation>Tidak ditawarkan: level alarm BMS tidak diketahui.</translation>
    </message>
    <message>
        <source>Not offered: insulation %1 kΩ, below %2 kΩ.</source>
        <translation>Tidak ditawarkan: isolasi %1 kΩ, di bawah %2 kΩ.</translation>
    </message>
    <message>
        <source>Not offered: readings invalid (%1).</source>
        <translation>Tidak ditawarkan: pembacaan tidak valid (%1).</translation>
    </message>
    <message>
        <source>temperatures</source>
        <translation>suhu</translation>
    </message>
    <message>
        <source>Not offered: too hot, %1 °C, above %2 °C.</source>
        <translation>Tidak ditawarkan: terlalu panas, %1 °C, di atas %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: too cold, %1 °C, below %2 °C.</source>
        <translation>Tidak ditawarkan: terlalu dingin, %1 °C, di bawah %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: poor health, SoH %1 %, below %2 %.</source>
        <translation>Tidak ditawarkan: kesehatan buruk, SoH %1 %, di bawah %2 %.</translation>
    </message>
    <message>
        <source>Not offered: SoC %1 %, below %2 %, and not charging.</source>
        <translation>Tidak ditawarkan: SoC %1 %, di bawah %2 %, dan tidak sedang diisi.</translation>
    </message>
    <message>
        <source>Not offered: not ready.</source>
        <translation>Tidak ditawarkan: belum siap.</translation>
    </message>
    <message>
        <source>No pack in the slot.</source>
        <translation>Tidak ada baterai di slot.</translation>
    </message>
    <message>
        <source>Pack %1
Type %2, rated %3 kWh</source>
        <translation>Baterai %1
Tipe %2, nominal %3 kWh</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: a pack code has 24 characters, this one %1.</source>
        <translation>Bukan kode GB/T 34014: kode baterai terdiri dari 24 karakter, kode ini %1.</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: only capital letters and digits belong in one.</source>
        <translation>Bukan kode GB/T 34014: kode ini hanya boleh berisi huruf kapital dan angka.</translation>
    </message>
    <message>
        <source>product type %1 (not known)</source>
        <translation>tipe produk %1 (tidak dikenal)</translation>
    </message>
    <message>
        <source>battery type %1 (not known)</source>
        <translation>jenis baterai %1 (tidak dikenal)</translation>
    </message>
    <message>
        <source>date code %1 (not a date)</source>
        <translation>kode tanggal %1 (bukan tanggal)</translation>
    </message>
    <message>
        <source>%1 (a date to come: the code is wrong)</source>
        <translation>%1 (tanggal yang belum tiba: kodenya salah)</translation>
    </message>
    <message>
        <source>Maker %1 · %2 · %3 · specification %4
Traceability %5 · made %6 · serial %7</source>
        <translation>Pembuat %1 · %2 · %3 · spesifikasi %4
Keterlacakan %5 · dibuat %6 · nomor seri %7</translation>
    </message>
    <message>
        <source>BMS SoH: %1 %</source>
        <translation>SoH BMS: %1 %</translation>
    </message>
    <message>
        <source>No record in the journal for this pack yet.</source>
        <translation>Belum ada catatan di jurnal untuk baterai ini.</translation>
    </message>
    <message>
        <source>Measured SoH: not measured yet: needs a deep charge (a rise of %1 % SoC or more, without gaps).</source>
        <translation>SoH terukur: belum diukur: perlu pengisian dalam (kenaikan SoC %1 % atau lebih, tanpa celah).</translation>
    </message>
    <message>
        <source>measured SoH: %1 %</source>
        <translation>SoH terukur: %1 %</translation>
    </message>
    <message>
        <source>Measured capacity %1 kWh (%2 Ah) of %3 kWh rated</source>
        <translation>Kapasitas terukur %1 kWh (%2 Ah) dari nominal %3 kWh</translation>
    </message>
    <message numerus="yes">
        <source>from %n good session(s)</source>
        <translation>
            <numerusform>dari %n sesi baik</numerusform>
        </translation>
    </message>
    <message>
        <source>spread %1 Ah</source>
        <translation>sebaran %1 Ah</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada yang tercatat.</translation>
    </message>
    <message>
        <source>%1 full equivalent cycles measured (BMS: %2)</source>
        <translation>%1 siklus ekuivalen penuh terukur (BMS: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 kWh charged here in %n session(s)</source>
        <translation>
            <numerusform>%1 kWh diisi di sini dalam %n sesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-temperature events %1 · insulation events %2 · level-3 alarms %3</source>
        <translation>Kejadian suhu lebih %1 · kejadian isolasi %2 · alarm level 3 %3</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Pertama terlihat %1 · terakhir terlihat %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s), newest first</source>
        <translation>
            <numerusform>%n sesi pengisian, terbaru dulu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured the capacity</source>
        <translation>
            <numerusform>%n di antaranya mengukur kapasitas</numerusform>
        </translation>
    </message>
    <message>
        <source>No charging session recorded for this pack yet.</source>
        <translation>Belum ada sesi pengisian tercatat untuk baterai ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) while in a slot here, newest first</source>
        <translation>
            <numerusform>%n alarm selama berada di slot stasiun ini, terbaru dulu</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm recorded for this pack.</source>
        <translation>Tidak ada alarm tercatat untuk baterai ini.</translation>
    </message>
    <message>
        <source>SoC %1 % · %2 V · %3 A</source>
        <translation>SoC %1 % · %2 V · %3 A</translation>
    </message>
    <message>
        <source>Charger: %1, %2 kW</source>
        <translation>Charger: %1, %2 kW</translation>
    </message>
    <message>
        <source>full in %1 min</source>
        <translation>penuh dalam %1 min</translation>
    </message>
    <message>
        <source>Temperatures %1 to %2 °C · cells %3 to %4 V</source>
        <translation>Suhu %1 hingga %2 °C · sel %3 hingga %4 V</translation>
    </message>
    <message>
        <source>Not valid now: %1</source>
        <translation>Saat ini tidak valid: %1</translation>
    </message>
    <message>
        <source>Insulation: not read</source>
        <translation>Isolasi: tidak terbaca</translation>
    </message>
    <message>
        <source>INSULATION LOW: %1 kΩ (alarm at %2 kΩ and below)</source>
        <translation>ISOLASI RENDAH: %1 kΩ (alarm pada %2 kΩ ke bawah)</translation>
    </message>
    <message>
        <source>Insulation lower than usual: %1 kΩ (below %2 kΩ)</source>
        <translation>Isolasi lebih rendah dari biasanya: %1 kΩ (di bawah %2 kΩ)</translation>
    </message>
    <message>
        <source>Insulation: %1 kΩ</source>
        <translation>Isolasi: %1 kΩ</translation>
    </message>
    <message>
        <source>BMS alarm level: not read</source>
        <translation>Level alarm BMS: tidak terbaca</translation>
    </message>
    <message>
        <source>BMS: no alarm (level 0)</source>
        <translation>BMS: tidak ada alarm (level 0)</translation>
    </message>
    <message>
        <source>no flag named</source>
        <translation>tidak ada flag yang disebutkan</translation>
    </message>
    <message>
        <source>BMS alarm level %1: %2</source>
        <translation>Level alarm BMS %1: %2</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not answer within %1 s.</source>
        <translation>Sel tidak terbaca: kontroler tidak menjawab dalam %1 s.</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not show this slot&apos;s cells.</source>
        <translation>Sel tidak terbaca: kontroler tidak menampilkan sel slot ini.</translation>
    </message>
    <message>
        <source>Not in the rack: no live values.</source>
        <translation>Tidak di rak: tidak ada nilai langsung.</translation>
    </message>
    <message>
        <source>The slot is empty: no cells to read.</source>
        <translation>Slot kosong: tidak ada sel untuk dibaca.</translation>
    </message>
    <message>
        <source>Shown: the read at %1.</source>
        <translation>Ditampilkan: pembacaan pada %1.</translation>
    </message>
    <message>
        <source>Reading cells…</source>
        <translation>Membaca sel…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell voltages</source>
        <translation>
            <numerusform>%n tegangan sel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temperatures</source>
        <translation>
            <numerusform>%n suhu</numerusform>
        </translation>
    </message>
    <message>
        <source>read at %1, again every %2 s</source>
        <translation>dibaca pada %1, diulang setiap %2 s</translation>
    </message>
    <message>
        <source>No valid cell voltage.</source>
        <translation>Tidak ada tegangan sel yang valid.</translation>
    </message>
    <message>
        <source>lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V</source>
        <translation>terendah: sel %1, %2 V · tertinggi: sel %3, %4 V · rata-rata %5 V · sebaran %6 V</translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n tidak valid</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid temperature.</source>
        <translation>Tidak ada suhu yang valid.</translation>
    </message>
    <message>
        <source>coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C</source>
        <translation>terdingin: sensor %1, %2 °C · terpanas: sensor %3, %4 °C · sebaran %5 °C</translation>
    </message>
    <message>
        <source>Why is pack %1 quarantined? It is kept out of every swap until a technician releases it.</source>
        <translation>Mengapa baterai %1 dikarantina? Baterai ini tidak dipakai untuk penukaran apa pun sampai teknisi melepasnya.</translation>
    </message>
    <message>
        <source>Choose the reason, then Confirm quarantine.</source>
        <translation>Pilih alasan, lalu Konfirmasi karantina.</translation>
    </message>
    <message>
        <source>Choose why the pack is quarantined first.</source>
        <translation>Pilih dulu alasan baterai dikarantina.</translation>
    </message>
    <message>
        <source>Not quarantined: %1</source>
        <translation>Tidak dikarantina: %1</translation>
    </message>
    <message>
        <source>Pack %1 is in quarantine (%2): it is not offered to any swap.</source>
        <translation>Baterai %1 dalam karantina (%2): tidak ditawarkan untuk penukaran apa pun.</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Tidak dilepas: %1</translation>
    </message>
    <message>
        <source>Pack %1 is released from quarantine: it is offered again once it is ready.</source>
        <translation>Baterai %1 dilepas dari karantina: ditawarkan lagi setelah siap.</translation>
    </message>
    <message>
        <source>This station&apos;s exports folder</source>
        <translation>Folder ekspor stasiun ini</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>Drive %1</translation>
    </message>
    <message>
        <source>No drive is plugged in and this console keeps no journal: plug in a USB drive, then Save record again.</source>
        <translation>Tidak ada drive yang terpasang dan konsol ini tidak menyimpan jurnal: colokkan drive USB, lalu ketuk Simpan catatan lagi.</translation>
    </message>
    <message>
        <source>Choose where, then Save here.</source>
        <translation>Pilih lokasi, lalu Simpan di sini.</translation>
    </message>
    <message>
        <source>Save the record of pack %1 (record and sessions as CSV, a picture of each chart) into %2</source>
        <translation>Simpan catatan baterai %1 (catatan dan sesi sebagai CSV, gambar setiap grafik) ke %2</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>Pilih dulu lokasi penyimpanan.</translation>
    </message>
    <message>
        <source>Written before that: %1.</source>
        <translation>Sudah ditulis sebelumnya: %1.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2.</source>
        <translation>Tidak tersimpan ke %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1, each named %2-…: %3.</source>
        <translation>
            <numerusform>%n file disimpan ke %1, masing-masing bernama %2-…: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>the drive is read-only or write-protected</source>
        <translation>drive hanya-baca atau dilindungi dari penulisan</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>drive penuh</translation>
    </message>
    <message>
        <source>the drive is gone or failing (unplugged?)</source>
        <translation>drive hilang atau rusak (tercabut?)</translation>
    </message>
    <message>
        <source>that is not a folder</source>
        <translation>itu bukan folder</translation>
    </message>
    <message>
        <source>the drive refused it (%1)</source>
        <translation>drive menolaknya (%1)</translation>
    </message>
    <message>
        <source>Type the pack&apos;s code (or scan it), or a slot number, then OK.</source>
        <translation>Ketik kode baterai (atau pindai), atau nomor slot, lalu OK.</translation>
    </message>
    <message>
        <source>Type a pack code or a slot number first.</source>
        <translation>Ketik dulu kode baterai atau nomor slot.</translation>
    </message>
    <message numerus="yes">
        <source>There is no slot %1: the rack has %n slot(s).</source>
        <translation>
            <numerusform>Tidak ada slot %1: rak memiliki %n slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packs in the rack match %1: type more of the code.</source>
        <translation>
            <numerusform>%n baterai di rak cocok dengan %1: ketik kode lebih lengkap.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack %1 is not in the rack: its records.</source>
        <translation>Baterai %1 tidak di rak: ini catatannya.</translation>
    </message>
    <message>
        <source>No pack %1 in the rack or in the journal.</source>
        <translation>Tidak ada baterai %1 di rak maupun di jurnal.</translation>
    </message>
    <message>
        <source>Found in slot %1.</source>
        <translation>Ditemukan di slot %1.</translation>
    </message>
</context>
<context>
    <name>PackPlots</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 hari</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 hari</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Raw samples (every 10 s while active, every minute at rest)</source>
        <translation>Sampel mentah (setiap 10 s saat aktif, setiap menit saat diam)</translation>
    </message>
    <message>
        <source>1-minute buckets: band = min to max, line = mean</source>
        <translation>Kelompok 1 menit: pita = min hingga maks, garis = rata-rata</translation>
    </message>
    <message>
        <source>1-hour buckets: band = min to max, line = mean</source>
        <translation>Kelompok 1 jam: pita = min hingga maks, garis = rata-rata</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>Jurnal %1 tidak dapat dibaca: %2.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tegangan</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Arus</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>tertinggi</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>terendah</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Suhu</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Daya charger</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Over-temperature</source>
        <translation>Suhu berlebih</translation>
    </message>
    <message>
        <source>Insulation fault</source>
        <translation>Gangguan isolasi</translation>
    </message>
    <message>
        <source>BMS SoH disagrees with the measured capacity</source>
        <translation>SoH BMS tidak sesuai dengan kapasitas terukur</translation>
    </message>
    <message>
        <source>Cell imbalance</source>
        <translation>Sel tidak seimbang</translation>
    </message>
    <message>
        <source>Physical damage or a leak</source>
        <translation>Kerusakan fisik atau kebocoran</translation>
    </message>
    <message>
        <source>Repeated BMS alarms</source>
        <translation>Alarm BMS berulang</translation>
    </message>
    <message>
        <source>Other: a technician inspects it</source>
        <translation>Lainnya: teknisi memeriksanya</translation>
    </message>
    <message>
        <source>Blocked by the fleet</source>
        <translation>Diblokir oleh armada</translation>
    </message>
    <message>
        <source>no pack is named</source>
        <translation>tidak ada baterai yang disebutkan</translation>
    </message>
    <message>
        <source>choose why from the list</source>
        <translation>pilih alasan dari daftar</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>masuk dulu</translation>
    </message>
    <message>
        <source>the pack is in quarantine already</source>
        <translation>baterai sudah dalam karantina</translation>
    </message>
    <message>
        <source>the pack is not in quarantine</source>
        <translation>baterai tidak dalam karantina</translation>
    </message>
    <message>
        <source>only a technician may release a pack from quarantine</source>
        <translation>hanya teknisi yang boleh melepas baterai dari karantina</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>teknisi</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (pelatihan)</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: nonaktif</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The person&apos;s name (the keyboard, or a keyboard plugged in):</source>
        <translation>Nama orang tersebut (keyboard layar, atau keyboard yang dicolokkan):</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>Perannya:</translation>
    </message>
    <message>
        <source>Their PIN, 4 to 8 digits, not easy to guess:</source>
        <translation>PIN-nya, 4 sampai 8 angka, tidak mudah ditebak:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>PIN yang sama sekali lagi:</translation>
    </message>
</context>
<context>
    <name>PlateKeyboard</name>
    <message>
        <source>ไทย / ABC</source>
        <translation>ไทย / ABC</translation>
    </message>
</context>
<context>
    <name>RackView</name>
    <message>
        <source>%1 s old</source>
        <translation>%1 s lalu</translation>
    </message>
    <message>
        <source>%1 min old</source>
        <translation>%1 min lalu</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>%1 h lalu</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Swap receipt</source>
        <translation>Struk penukaran</translation>
    </message>
    <message>
        <source>The driver can scan the code to keep this swap&apos;s record.</source>
        <translation>Pengemudi dapat memindai kode ini untuk menyimpan catatan penukaran.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>result unknown</source>
        <translation>hasil tidak diketahui</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>tidak ada yang tercatat</translation>
    </message>
    <message>
        <source>%1 (slot %2, %3 %)</source>
        <translation>%1 (slot %2, %3 %)</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>Kendaraan: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Hasil: %1</translation>
    </message>
    <message>
        <source>Packs removed: %1</source>
        <translation>Baterai dilepas: %1</translation>
    </message>
    <message>
        <source>Packs installed: %1</source>
        <translation>Baterai dipasang: %1</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (metered into the packs installed)</source>
        <translation>Energi diberikan: %1 kWh (diukur ke dalam baterai yang dipasang)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (estimated from the packs&apos; SoC)</source>
        <translation>Energi diberikan: %1 kWh (diperkirakan dari SoC baterai)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh</source>
        <translation>Energi diberikan: %1 kWh</translation>
    </message>
    <message>
        <source>Duration: %1 min %2 s</source>
        <translation>Durasi: %1 min %2 s</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transaksi: %1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Stasiun: %1</translation>
    </message>
    <message>
        <source>NOT RECORDED in the station journal: %1</source>
        <translation>TIDAK TERCATAT di jurnal stasiun: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a lock head jammed</source>
        <translation>kepala kunci macet</translation>
    </message>
    <message>
        <source>the lift read an overload</source>
        <translation>lift membaca kelebihan beban</translation>
    </message>
    <message>
        <source>the shuttle stopped off its slot</source>
        <translation>shuttle berhenti tidak tepat di slotnya</translation>
    </message>
    <message>
        <source>a slot&apos;s charger is faulted</source>
        <translation>charger sebuah slot mengalami gangguan</translation>
    </message>
    <message>
        <source>a pack&apos;s insulation is too low</source>
        <translation>isolasi sebuah baterai terlalu rendah</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned</source>
        <translation>kendaraan tidak dapat diposisikan</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>henti darurat</translation>
    </message>
    <message>
        <source>someone crossed the bay light curtain</source>
        <translation>seseorang melewati tirai cahaya area</translation>
    </message>
    <message>
        <source>the controller lost this console&apos;s heartbeat</source>
        <translation>kontroler kehilangan heartbeat konsol ini</translation>
    </message>
    <message>
        <source>the installed pack is not the planned one</source>
        <translation>baterai yang terpasang bukan yang direncanakan</translation>
    </message>
    <message>
        <source>the pack&apos;s BMS did not answer</source>
        <translation>BMS baterai tidak menjawab</translation>
    </message>
    <message>
        <source>the vehicle&apos;s HV interlock is open</source>
        <translation>interlock HV kendaraan terbuka</translation>
    </message>
    <message>
        <source>a swap was aborted mid-way</source>
        <translation>penukaran dibatalkan di tengah jalan</translation>
    </message>
    <message>
        <source>a pack raised an alarm</source>
        <translation>sebuah baterai memunculkan alarm</translation>
    </message>
    <message>
        <source>a station door is open</source>
        <translation>pintu stasiun terbuka</translation>
    </message>
    <message>
        <source>the controller restarted during a swap</source>
        <translation>kontroler dimulai ulang saat penukaran</translation>
    </message>
    <message>
        <source>the vehicle did not switch its HV off</source>
        <translation>kendaraan tidak mematikan HV-nya</translation>
    </message>
    <message>
        <source>the vehicle did not confirm its parking brake</source>
        <translation>kendaraan tidak mengonfirmasi rem parkirnya</translation>
    </message>
    <message>
        <source>the lift&apos;s load cell read a mass that is not the pack&apos;s</source>
        <translation>load cell lift membaca massa yang bukan massa baterai</translation>
    </message>
    <message>
        <source>a lock head ended below its locking torque</source>
        <translation>kepala kunci berakhir di bawah torsi pengunciannya</translation>
    </message>
    <message>
        <source>controller fault code %1</source>
        <translation>kode gangguan kontroler %1</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>tidak ada gangguan yang disebutkan</translation>
    </message>
    <message>
        <source>the journal could not record the start: %1</source>
        <translation>jurnal tidak dapat mencatat awal penukaran: %1</translation>
    </message>
    <message>
        <source>the swap was not started: call a technician about the journal</source>
        <translation>penukaran tidak dimulai: panggil teknisi terkait jurnal</translation>
    </message>
    <message>
        <source>the controller does not know this command</source>
        <translation>kontroler tidak mengenal perintah ini</translation>
    </message>
    <message>
        <source>check that the controller&apos;s firmware speaks this console&apos;s register map</source>
        <translation>periksa apakah firmware kontroler memakai peta register konsol ini</translation>
    </message>
    <message>
        <source>the controller found the command&apos;s values out of range</source>
        <translation>kontroler mendapati nilai perintah di luar rentang</translation>
    </message>
    <message>
        <source>plan the swap again; if it repeats, call a technician</source>
        <translation>rencanakan ulang penukaran; jika terulang, panggil teknisi</translation>
    </message>
    <message>
        <source>the station is not in the right mode (automatic or maintenance)</source>
        <translation>stasiun tidak dalam mode yang benar (otomatis atau perawatan)</translation>
    </message>
    <message>
        <source>ask a technician to set the mode</source>
        <translation>minta teknisi mengatur mode</translation>
    </message>
    <message>
        <source>the emergency stop is latched</source>
        <translation>henti darurat terkunci</translation>
    </message>
    <message>
        <source>make the bay safe and turn the reset key at the cabinet, then reset here</source>
        <translation>amankan area dan putar kunci reset di kabinet, lalu reset di sini</translation>
    </message>
    <message>
        <source>a swap is already running</source>
        <translation>penukaran sudah berjalan</translation>
    </message>
    <message>
        <source>wait for it to end; it shows in the swap panel</source>
        <translation>tunggu sampai selesai; prosesnya tampil di panel penukaran</translation>
    </message>
    <message>
        <source>no vehicle is in position</source>
        <translation>tidak ada kendaraan di posisi</translation>
    </message>
    <message>
        <source>wait until the bay shows the vehicle in position, then start again</source>
        <translation>tunggu sampai area menunjukkan kendaraan di posisi, lalu mulai lagi</translation>
    </message>
    <message>
        <source>a planned slot holds no pack</source>
        <translation>slot yang direncanakan tidak berisi baterai</translation>
    </message>
    <message>
        <source>tap Start swap again: the console plans from the rack as it is now</source>
        <translation>ketuk Mulai tukar lagi: konsol merencanakan dari kondisi rak saat ini</translation>
    </message>
    <message>
        <source>there is no free slot for the depleted pack</source>
        <translation>tidak ada slot kosong untuk baterai habis</translation>
    </message>
    <message>
        <source>free a slot, or call a technician</source>
        <translation>kosongkan satu slot, atau panggil teknisi</translation>
    </message>
    <message>
        <source>a fault is active at the controller</source>
        <translation>ada gangguan aktif di kontroler</translation>
    </message>
    <message>
        <source>follow the recovery steps to clear the fault, then start again</source>
        <translation>ikuti langkah pemulihan untuk menghapus gangguan, lalu mulai lagi</translation>
    </message>
    <message>
        <source>no swap is running</source>
        <translation>tidak ada penukaran yang berjalan</translation>
    </message>
    <message>
        <source>nothing to stop</source>
        <translation>tidak ada yang perlu dihentikan</translation>
    </message>
    <message>
        <source>the bay sees a different number of pack blocks</source>
        <translation>area mendeteksi jumlah blok baterai yang berbeda</translation>
    </message>
    <message>
        <source>check that the right vehicle is identified</source>
        <translation>pastikan kendaraan yang benar sudah diidentifikasi</translation>
    </message>
    <message>
        <source>motion is held after the controller lost this console&apos;s heartbeat</source>
        <translation>gerakan ditahan setelah kontroler kehilangan heartbeat konsol ini</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume</source>
        <translation>pastikan area kosong, lalu lanjutkan</translation>
    </message>
    <message>
        <source>a planned pack is not available (charging, faulted, disabled or the wrong type)</source>
        <translation>baterai yang direncanakan tidak tersedia (sedang diisi, gangguan, nonaktif, atau tipe salah)</translation>
    </message>
    <message>
        <source>the emergency stop is still latched at the cabinet</source>
        <translation>henti darurat masih terkunci di kabinet</translation>
    </message>
    <message>
        <source>turn the reset key at the cabinet first, then reset here</source>
        <translation>putar dulu kunci reset di kabinet, lalu reset di sini</translation>
    </message>
    <message>
        <source>no motion is held</source>
        <translation>tidak ada gerakan yang ditahan</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>tidak ada yang perlu dilanjutkan</translation>
    </message>
    <message>
        <source>the controller refused it with reason code %1</source>
        <translation>kontroler menolaknya dengan kode alasan %1</translation>
    </message>
    <message>
        <source>call a technician with this code</source>
        <translation>panggil teknisi dengan kode ini</translation>
    </message>
    <message>
        <source>the E-stop is still latched: make the bay safe and turn the reset key at the cabinet first</source>
        <translation>henti darurat masih terkunci: amankan area dan putar dulu kunci reset di kabinet</translation>
    </message>
    <message>
        <source>nothing to reset: the controller reports no fault</source>
        <translation>tidak ada yang perlu di-reset: kontroler tidak melaporkan gangguan</translation>
    </message>
    <message>
        <source>%1: only a technician may reset this; sign in as technician</source>
        <translation>%1: hanya teknisi yang boleh me-reset ini; masuk sebagai teknisi</translation>
    </message>
    <message>
        <source>nothing to resume: no motion is held</source>
        <translation>tidak ada yang perlu dilanjutkan: tidak ada gerakan yang ditahan</translation>
    </message>
    <message>
        <source>nothing to retry: no vehicle&apos;s positioning failed</source>
        <translation>tidak ada yang perlu diulang: tidak ada pemosisian kendaraan yang gagal</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>tidak ada slot %1</translation>
    </message>
    <message>
        <source>this needs the %1 role: sign in</source>
        <translation>ini memerlukan peran %1: silakan masuk</translation>
    </message>
    <message>
        <source>homing needs maintenance mode: a signed-in technician selects it</source>
        <translation>homing memerlukan mode perawatan: teknisi yang sudah masuk memilihnya</translation>
    </message>
    <message>
        <source>a swap is running: wait for it to end or abort it</source>
        <translation>penukaran sedang berjalan: tunggu sampai selesai atau batalkan</translation>
    </message>
    <message>
        <source>first the steps above: the station is not ready for a swap yet</source>
        <translation>lakukan dulu langkah di atas: stasiun belum siap untuk penukaran</translation>
    </message>
    <message>
        <source>the link to the controller is down: nothing can be sent, and what is shown is the last known state</source>
        <translation>koneksi ke kontroler putus: tidak ada yang dapat dikirim, dan yang ditampilkan adalah status terakhir yang diketahui</translation>
    </message>
    <message>
        <source>no data from the station yet</source>
        <translation>belum ada data dari stasiun</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is already %2</source>
        <translation>charger slot %1 sudah %2</translation>
    </message>
    <message>
        <source>a station door is open: close it first</source>
        <translation>pintu stasiun terbuka: tutup dulu</translation>
    </message>
    <message>
        <source>the station is already in %1 mode</source>
        <translation>stasiun sudah dalam mode %1</translation>
    </message>
    <message>
        <source>a lock head moves only in maintenance mode: select it first</source>
        <translation>kepala kunci hanya bergerak dalam mode perawatan: pilih dulu mode itu</translation>
    </message>
    <message>
        <source>there is no lock head %1</source>
        <translation>tidak ada kepala kunci %1</translation>
    </message>
    <message>
        <source>lock head %1 is already %2</source>
        <translation>kepala kunci %1 sudah %2</translation>
    </message>
    <message>
        <source>lock head %1 ended below its torque: unlock it first</source>
        <translation>kepala kunci %1 berakhir di bawah torsinya: buka kuncinya dulu</translation>
    </message>
    <message>
        <source>no vehicle in the bay</source>
        <translation>tidak ada kendaraan di area</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, its packs locked</source>
        <translation>kendaraan %1 di area, baterainya terkunci</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, not locked (block %2): it must not drive off</source>
        <translation>kendaraan %1 di area, tidak terkunci (blok %2): tidak boleh pergi</translation>
    </message>
    <message>
        <source>lock head %1 jammed</source>
        <translation>kepala kunci %1 macet</translation>
    </message>
    <message>
        <source>lock head %1 below its locking torque (%2 Nm)</source>
        <translation>kepala kunci %1 di bawah torsi pengunciannya (%2 Nm)</translation>
    </message>
    <message>
        <source>the load cell read %1 kg, where a %2 kWh pack weighs %3 kg</source>
        <translation>load cell membaca %1 kg, padahal baterai %2 kWh beratnya %3 kg</translation>
    </message>
    <message>
        <source>a pack is on the lift (%1 kg, lift at %2 mm)</source>
        <translation>ada baterai di lift (%1 kg, lift di %2 mm)</translation>
    </message>
    <message>
        <source>the lift stands at %1 mm</source>
        <translation>lift berada di %1 mm</translation>
    </message>
    <message>
        <source>a pack is on the shuttle (%1)</source>
        <translation>ada baterai di shuttle (%1)</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>di area</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>di slot %1</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>di antara titik henti</translation>
    </message>
    <message>
        <source>E-stop latched</source>
        <translation>Henti darurat terkunci</translation>
    </message>
    <message>
        <source>E-stop key turned at the cabinet, the reset is still to confirm here</source>
        <translation>kunci henti darurat sudah diputar di kabinet, reset masih harus dikonfirmasi di sini</translation>
    </message>
    <message>
        <source>motion held after the controller lost this console&apos;s heartbeat</source>
        <translation>gerakan ditahan setelah kontroler kehilangan heartbeat konsol ini</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned (%1 tries)</source>
        <translation>kendaraan tidak dapat diposisikan (%1 kali percobaan)</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is faulted</source>
        <translation>charger slot %1 mengalami gangguan</translation>
    </message>
    <message>
        <source>all motion is stopped; keep clear of the lift and the shuttle while a pack is on them</source>
        <translation>semua gerakan berhenti; jauhi lift dan shuttle selama ada baterai di atasnya</translation>
    </message>
    <message>
        <source>motion is held and will not start again until someone here resumes it or aborts the swap</source>
        <translation>gerakan ditahan dan tidak akan berjalan lagi sampai seseorang di sini melanjutkannya atau membatalkan penukaran</translation>
    </message>
    <message>
        <source>the swap machinery is safe; only the faulted charger is stopped</source>
        <translation>mesin penukaran aman; hanya charger yang mengalami gangguan yang berhenti</translation>
    </message>
    <message>
        <source>no motion in the bay; the driver waits for a signal</source>
        <translation>tidak ada gerakan di area; pengemudi menunggu aba-aba</translation>
    </message>
    <message>
        <source>the controller holds motion when it stops seeing this console; it will wait for someone here to resume</source>
        <translation>kontroler menahan gerakan saat tidak lagi melihat konsol ini; kontroler menunggu seseorang di sini melanjutkan</translation>
    </message>
    <message>
        <source>the link to the controller is down; last known</source>
        <translation>koneksi ke kontroler putus; status terakhir yang diketahui</translation>
    </message>
    <message>
        <source>slot %1&apos;s pack has low insulation: disable slot %2&apos;s charger, which isolates the pack (a reset does not cure it); a technician quarantines it</source>
        <translation>baterai di slot %1 isolasinya rendah: nonaktifkan charger slot %2, yang mengisolasi baterai (reset tidak memperbaikinya); teknisi memasukkannya ke karantina</translation>
    </message>
    <message>
        <source>check the serial cable and the controller&apos;s power; the console reconnects by itself and then shows what the controller says</source>
        <translation>periksa kabel serial dan daya kontroler; konsol tersambung kembali dengan sendirinya lalu menampilkan laporan kontroler</translation>
    </message>
    <message>
        <source>clear the bay and make sure nobody is inside the light curtain</source>
        <translation>kosongkan area dan pastikan tidak ada orang di dalam tirai cahaya</translation>
    </message>
    <message>
        <source>turn the E-stop reset key at the cabinet</source>
        <translation>putar kunci reset henti darurat di kabinet</translation>
    </message>
    <message>
        <source>reset faults here: the controller returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>Reset gangguan di sini: kontroler mengembalikan baterai yang sedang dipindahkan ke slot kosong dan mengunci baterai kendaraan</translation>
    </message>
    <message>
        <source>a technician (signed in) resets here after freeing the cause: the controller then returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>teknisi (yang sudah masuk) me-reset di sini setelah menghilangkan penyebabnya: kontroler lalu mengembalikan baterai yang sedang dipindahkan ke slot kosong dan mengunci baterai kendaraan</translation>
    </message>
    <message>
        <source>next, technician: maintenance. Call a technician; in maintenance mode they free the jam, check the lift or realign the shuttle</source>
        <translation>berikutnya, teknisi: perawatan. Panggil teknisi; dalam mode perawatan teknisi membebaskan kemacetan, memeriksa lift, atau menyejajarkan ulang shuttle</translation>
    </message>
    <message>
        <source>keep the vehicle where it is: do not let it drive off</source>
        <translation>tahan kendaraan di tempatnya: jangan biarkan pergi</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume: the swap continues from where it held</source>
        <translation>pastikan area kosong, lalu lanjutkan: penukaran berlanjut dari titik tertahannya</translation>
    </message>
    <message>
        <source>or abort the swap: the controller stops it where it stands</source>
        <translation>atau batalkan penukaran: kontroler menghentikannya di posisi saat ini</translation>
    </message>
    <message>
        <source>then start the swap again for the vehicle in the bay</source>
        <translation>lalu mulai lagi penukaran untuk kendaraan di area</translation>
    </message>
    <message>
        <source>guide the driver back to the start of the wheel guides</source>
        <translation>arahkan pengemudi mundur ke awal pemandu roda</translation>
    </message>
    <message>
        <source>retry positioning: the driver drives onto the guides again</source>
        <translation>ulangi pemosisian: pengemudi masuk ke pemandu roda lagi</translation>
    </message>
    <message>
        <source>reset faults here: this resets the faulted charger (and, as every reset, lets the controller move a pack in transit, so the bay must be clear)</source>
        <translation>Reset gangguan di sini: ini me-reset charger yang mengalami gangguan (dan, seperti setiap reset, memungkinkan kontroler memindahkan baterai yang sedang dalam perjalanan, jadi area harus kosong)</translation>
    </message>
    <message>
        <source>if it faults again, disable slot %1&apos;s charger and call a technician; its pack is not used for swaps while it is disabled</source>
        <translation>jika gangguan lagi, nonaktifkan charger slot %1 dan panggil teknisi; baterainya tidak dipakai untuk penukaran selama charger nonaktif</translation>
    </message>
    <message>
        <source>technician: home the axes (lift down, shuttle to the bay)</source>
        <translation>teknisi: homing sumbu (lift turun, shuttle ke area)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode when the work is done</source>
        <translation>teknisi: kembalikan stasiun ke mode otomatis setelah pekerjaan selesai</translation>
    </message>
    <message>
        <source>the driver switches the vehicle off (HV off) and keeps it off until the swap ends</source>
        <translation>pengemudi mematikan kendaraan (HV mati) dan membiarkannya mati sampai penukaran selesai</translation>
    </message>
    <message>
        <source>the driver sets the parking brake and keeps it set until the swap ends</source>
        <translation>pengemudi memasang rem parkir dan membiarkannya terpasang sampai penukaran selesai</translation>
    </message>
    <message>
        <source>close the station door: nothing moves and no swap starts while it is open</source>
        <translation>tutup pintu stasiun: tidak ada yang bergerak dan tidak ada penukaran yang dimulai selama pintu terbuka</translation>
    </message>
    <message>
        <source>technician: check the pack on the lift against its type and the load cell before the reset</source>
        <translation>teknisi: sebelum reset, periksa kesesuaian baterai di lift dengan tipenya, dan periksa load cell</translation>
    </message>
    <message>
        <source>technician: select maintenance mode to re-lock the lock head</source>
        <translation>teknisi: pilih Mode perawatan untuk mengunci ulang kepala kunci</translation>
    </message>
    <message>
        <source>hold Unlock head until lock head %1 reads unlocked</source>
        <translation>tahan Buka kunci kepala sampai kepala kunci %1 terbaca tidak terkunci</translation>
    </message>
    <message>
        <source>hold Lock head until lock head %1 reads locked, its torque in the window (180-250 Nm)</source>
        <translation>tahan Kunci kepala sampai kepala kunci %1 terbaca terkunci, dengan torsi dalam rentang (180-250 Nm)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode</source>
        <translation>teknisi: kembalikan stasiun ke mode otomatis</translation>
    </message>
    <message>
        <source>the station is in maintenance mode: no swap starts until it is automatic</source>
        <translation>stasiun dalam mode perawatan: penukaran tidak dapat dimulai sampai mode otomatis</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>teknisi</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>perawatan</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>tidak terkunci</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>the rack has no free slot for the vehicle&apos;s first pack: the stopped swap put a pack back into it. A technician takes one pack out of the rack in maintenance mode, or the vehicle leaves as it is (its packs are locked)</source>
        <translation>rak tidak punya slot kosong untuk baterai pertama kendaraan: penukaran yang terhenti mengembalikan satu baterai ke rak. Teknisi mengeluarkan satu baterai dari rak dalam mode perawatan, atau kendaraan pergi apa adanya (baterainya terkunci)</translation>
    </message>
    <message>
        <source>a move runs in direction -1 or 1</source>
        <translation>gerakan berjalan ke arah -1 atau 1</translation>
    </message>
    <message>
        <source>the controller&apos;s protocol has no such move (it needs protocol 3.2)</source>
        <translation>protokol kontroler tidak memiliki gerakan ini (perlu protokol 3.2)</translation>
    </message>
    <message>
        <source>the link to the controller is down</source>
        <translation>koneksi ke kontroler putus</translation>
    </message>
    <message>
        <source>the move stopped: the button was released</source>
        <translation>gerakan berhenti: tombol dilepas</translation>
    </message>
    <message>
        <source>the move stopped: the link to the controller failed, so the console stopped holding it; the controller stops it by itself</source>
        <translation>gerakan berhenti: koneksi ke kontroler gagal, jadi konsol berhenti menahannya; kontroler menghentikannya sendiri</translation>
    </message>
    <message>
        <source>the move stopped: this screen stopped responding, so the console stopped holding it</source>
        <translation>gerakan berhenti: layar ini tidak merespons, jadi konsol berhenti menahannya</translation>
    </message>
    <message>
        <source>the move was not sent: %1</source>
        <translation>gerakan tidak terkirim: %1</translation>
    </message>
    <message>
        <source>the controller refused the move&apos;s values (Modbus exception %1): a target it does not have, or a direction the move does not take</source>
        <translation>kontroler menolak nilai gerakan (Modbus exception %1): target yang tidak dimilikinya, atau arah yang tidak berlaku untuk gerakan ini</translation>
    </message>
    <message>
        <source>the move stopped: another move took its place</source>
        <translation>gerakan berhenti: digantikan gerakan lain</translation>
    </message>
    <message>
        <source>it does not move: the emergency stop is latched or not yet reset</source>
        <translation>tidak bergerak: henti darurat terkunci atau belum di-reset</translation>
    </message>
    <message>
        <source>it does not move: motion is held after a lost heartbeat; resume first</source>
        <translation>tidak bergerak: gerakan ditahan setelah heartbeat hilang; lanjutkan dulu</translation>
    </message>
    <message>
        <source>it does not move: a swap is running</source>
        <translation>tidak bergerak: penukaran sedang berjalan</translation>
    </message>
    <message>
        <source>it does not move: the station is not in maintenance mode</source>
        <translation>tidak bergerak: stasiun tidak dalam mode perawatan</translation>
    </message>
    <message>
        <source>it does not move: the axes are homing</source>
        <translation>tidak bergerak: sumbu sedang homing</translation>
    </message>
    <message>
        <source>it does not move: a station door is open</source>
        <translation>tidak bergerak: pintu stasiun terbuka</translation>
    </message>
    <message>
        <source>it stopped: the controller stopped hearing the button; release it and press again</source>
        <translation>berhenti: kontroler tidak lagi menerima sinyal tombol; lepas lalu tekan lagi</translation>
    </message>
    <message>
        <source>it stopped: a move may run 30 s at a time; release the button and press again</source>
        <translation>berhenti: satu gerakan boleh berjalan paling lama 30 s; lepas tombol lalu tekan lagi</translation>
    </message>
    <message>
        <source>it does not move: no lock head or slot chosen</source>
        <translation>tidak bergerak: belum ada kepala kunci atau slot yang dipilih</translation>
    </message>
    <message>
        <source>it does not move: the shuttle moves only with the lift down</source>
        <translation>tidak bergerak: shuttle hanya bergerak saat lift turun</translation>
    </message>
    <message>
        <source>it does not move: the lift moves only with the shuttle at the bay or at a slot</source>
        <translation>tidak bergerak: lift hanya bergerak saat shuttle di area atau di slot</translation>
    </message>
    <message>
        <source>it does not unlock: the vehicle has not confirmed HV off and its parking brake</source>
        <translation>tidak membuka kunci: kendaraan belum mengonfirmasi HV mati dan rem parkirnya</translation>
    </message>
    <message>
        <source>it is there: nothing more to move in that direction</source>
        <translation>sudah di sana: tidak ada lagi yang perlu digerakkan ke arah itu</translation>
    </message>
    <message>
        <source>the lock ended below its torque window: the head is faulted; unlock it and lock it again</source>
        <translation>kunci berakhir di bawah rentang torsinya: kepala mengalami gangguan; buka kuncinya lalu kunci lagi</translation>
    </message>
    <message>
        <source>it does not move: the controller gives reason code %1</source>
        <translation>tidak bergerak: kontroler memberi kode alasan %1</translation>
    </message>
    <message>
        <source>homed: the lift is down and the shuttle at the bay</source>
        <translation>homing selesai: lift turun dan shuttle di area</translation>
    </message>
    <message>
        <source>%1; chosen by %2: %3. %4</source>
        <translation>%1; dipilih menurut %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rack&apos;s type %1 packs are ready</source>
        <translation>
            <numerusform>%n baterai tipe %1 di rak siap</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, lalu %2</translation>
    </message>
    <message>
        <source>slot %1 (%2 % SoC, %3 % SoH, %4)</source>
        <translation>slot %1 (SoC %2 %, SoH %3 %, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n siklus</numerusform>
        </translation>
    </message>
    <message>
        <source>cycles unknown</source>
        <translation>siklus tidak diketahui</translation>
    </message>
    <message>
        <source>Depleted pack to slot %1.</source>
        <translation>Baterai habis ke slot %1.</translation>
    </message>
    <message>
        <source>Block 1 carries no pack: nothing to take out first.</source>
        <translation>Blok 1 tidak membawa baterai: tidak ada yang perlu dikeluarkan dulu.</translation>
    </message>
    <message numerus="yes">
        <source>needs %n packs of type %1, %2</source>
        <translation>
            <numerusform>perlu %n baterai tipe %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n siap</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rack holds no type %2 pack</source>
        <translation>%1: rak tidak berisi baterai tipe %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; enough ready in about %3 min</source>
        <translation>%1: %2; cukup yang siap dalam sekitar %3 min</translation>
    </message>
    <message>
        <source>no free slot for the depleted pack: every slot holds a pack</source>
        <translation>tidak ada slot kosong untuk baterai habis: setiap slot berisi baterai</translation>
    </message>
    <message numerus="yes">
        <source>%n without a pack code</source>
        <translation>
            <numerusform>%n tanpa kode baterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n dikarantina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>%n dicadangkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a charger fault</source>
        <translation>
            <numerusform>%n dengan gangguan charger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in disabled slots</source>
        <translation>
            <numerusform>%n di slot nonaktif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with invalid readings</source>
        <translation>
            <numerusform>%n dengan pembacaan tidak valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in poor health</source>
        <translation>
            <numerusform>%n dengan kesehatan buruk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the temperature out of range</source>
        <translation>
            <numerusform>%n dengan suhu di luar rentang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with insulation low</source>
        <translation>
            <numerusform>%n dengan isolasi rendah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging</source>
        <translation>
            <numerusform>%n sedang diisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged</source>
        <translation>
            <numerusform>%n belum terisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at alarm level %1</source>
        <translation>
            <numerusform>%n pada level alarm %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n: %1</source>
        <translation>
            <numerusform>%n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>highest SoC</source>
        <translation>SoC tertinggi</translation>
    </message>
    <message>
        <source>fewest cycles</source>
        <translation>siklus paling sedikit</translation>
    </message>
    <message>
        <source>best health</source>
        <translation>kesehatan terbaik</translation>
    </message>
    <message>
        <source>coolest</source>
        <translation>terdingin</translation>
    </message>
    <message>
        <source>lowest slot</source>
        <translation>nomor slot terkecil</translation>
    </message>
    <message>
        <source>motion held: the controller lost the console&apos;s heartbeat</source>
        <translation>gerakan ditahan: kontroler kehilangan heartbeat konsol</translation>
    </message>
    <message>
        <source>the bay light curtain is interrupted</source>
        <translation>tirai cahaya area terputus</translation>
    </message>
    <message>
        <source>controller faults: %1</source>
        <translation>gangguan kontroler: %1</translation>
    </message>
    <message>
        <source>no reason given by the controller</source>
        <translation>kontroler tidak memberi alasan</translation>
    </message>
    <message>
        <source>enter the person&apos;s name</source>
        <translation>masukkan nama orang tersebut</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>nama paling banyak %1 karakter</translation>
    </message>
    <message>
        <source>a name is letters, digits, spaces and . - &apos; only</source>
        <translation>nama hanya boleh berisi huruf, angka, spasi, dan . - &apos;</translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation>sudah ada pengguna bernama %1</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>tidak ada pengguna bernama %1</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN terdiri dari 4 sampai 8 angka</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 1234): choose another</source>
        <translation>PIN itu terlalu mudah ditebak (satu angka berulang, atau urutan seperti 1234): pilih yang lain</translation>
    </message>
    <message>
        <source>another user has that PIN: choose another</source>
        <translation>pengguna lain memakai PIN itu: pilih yang lain</translation>
    </message>
    <message>
        <source>the two PINs differ: enter the same PIN twice</source>
        <translation>kedua PIN berbeda: masukkan PIN yang sama dua kali</translation>
    </message>
    <message>
        <source>another user has that badge</source>
        <translation>pengguna lain memakai kartu itu</translation>
    </message>
    <message>
        <source>a badge reads at least 4 characters</source>
        <translation>kartu harus terbaca minimal 4 karakter</translation>
    </message>
    <message>
        <source>wrong PIN (%1 of %2 tries)</source>
        <translation>PIN salah (percobaan %1 dari %2)</translation>
    </message>
    <message>
        <source>too many wrong PINs: sign-in is locked for %1 s</source>
        <translation>terlalu banyak PIN salah: masuk dikunci selama %1 s</translation>
    </message>
    <message>
        <source>wrong PIN, %1 times: sign-in is locked for %2 s</source>
        <translation>PIN salah %1 kali: masuk dikunci selama %2 s</translation>
    </message>
    <message>
        <source>that badge belongs to no user</source>
        <translation>kartu itu bukan milik pengguna mana pun</translation>
    </message>
    <message>
        <source>%1 is disabled: a supervisor can enable them again</source>
        <translation>%1 nonaktif: supervisor dapat mengaktifkannya lagi</translation>
    </message>
    <message>
        <source>%1 is a training user: training users sign in on the simulated station only</source>
        <translation>%1 adalah pengguna pelatihan: pengguna pelatihan hanya dapat masuk di stasiun simulasi</translation>
    </message>
    <message>
        <source>%1 is the last supervisor: add another supervisor first</source>
        <translation>%1 adalah supervisor terakhir: tambahkan dulu supervisor lain</translation>
    </message>
    <message>
        <source>enter the PIN first</source>
        <translation>masukkan PIN dulu</translation>
    </message>
    <message>
        <source>no one can sign in: the user file cannot be used (%1)</source>
        <translation>tidak ada yang dapat masuk: file pengguna tidak dapat dipakai (%1)</translation>
    </message>
    <message>
        <source>only a supervisor manages users</source>
        <translation>hanya supervisor yang mengelola pengguna</translation>
    </message>
    <message>
        <source>maintenance needs a signed-in technician or supervisor</source>
        <translation>perawatan memerlukan teknisi atau supervisor yang sudah masuk</translation>
    </message>
    <message>
        <source>a swap is running: maintenance waits for it to end</source>
        <translation>penukaran sedang berjalan: perawatan menunggu sampai selesai</translation>
    </message>
    <message>
        <source>the station is in maintenance already</source>
        <translation>stasiun sudah dalam perawatan</translation>
    </message>
    <message>
        <source>the station is not in maintenance</source>
        <translation>stasiun tidak dalam perawatan</translation>
    </message>
    <message>
        <source>maintenance asked of the controller: it shows once the controller confirms</source>
        <translation>perawatan diminta ke kontroler: tampil setelah kontroler mengonfirmasi</translation>
    </message>
    <message>
        <source>automatic operation asked of the controller</source>
        <translation>operasi otomatis diminta ke kontroler</translation>
    </message>
    <message>
        <source>the controller confirms maintenance mode</source>
        <translation>kontroler mengonfirmasi mode perawatan</translation>
    </message>
    <message>
        <source>the controller confirms automatic operation</source>
        <translation>kontroler mengonfirmasi operasi otomatis</translation>
    </message>
    <message>
        <source>the station stays in maintenance until it is safe: %1</source>
        <translation>stasiun tetap dalam perawatan sampai aman: %1</translation>
    </message>
    <message>
        <source>motion needs maintenance mode: enter it first</source>
        <translation>gerakan memerlukan mode perawatan: masuk dulu ke mode itu</translation>
    </message>
    <message>
        <source>the move stopped: %1</source>
        <translation>gerakan berhenti: %1</translation>
    </message>
    <message>
        <source>a second finger touched the screen</source>
        <translation>jari kedua menyentuh layar</translation>
    </message>
    <message>
        <source>the console&apos;s window stopped being the active one</source>
        <translation>jendela konsol tidak lagi aktif</translation>
    </message>
    <message>
        <source>the button went away (page changed, or signed out)</source>
        <translation>tombol hilang (halaman berganti, atau pengguna keluar)</translation>
    </message>
    <message>
        <source>the lift is not down (home the axes)</source>
        <translation>lift belum turun (Homing sumbu)</translation>
    </message>
    <message>
        <source>the shuttle is not at the bay (home the axes)</source>
        <translation>shuttle belum di area (Homing sumbu)</translation>
    </message>
    <message>
        <source>a pack is on the lift</source>
        <translation>ada baterai di lift</translation>
    </message>
    <message>
        <source>a pack is on the shuttle</source>
        <translation>ada baterai di shuttle</translation>
    </message>
    <message>
        <source>an axis is still moving</source>
        <translation>ada sumbu yang masih bergerak</translation>
    </message>
    <message>
        <source>lock head %1 is faulted</source>
        <translation>kepala kunci %1 mengalami gangguan</translation>
    </message>
    <message>
        <source>no data from the controller</source>
        <translation>tidak ada data dari kontroler</translation>
    </message>
    <message>
        <source>slot %1 is out of service: %2</source>
        <translation>slot %1 tidak beroperasi: %2</translation>
    </message>
    <message>
        <source>slot %1 is out of service until %3: %2</source>
        <translation>slot %1 tidak beroperasi sampai %3: %2</translation>
    </message>
    <message>
        <source>slot %1 is back in service</source>
        <translation>slot %1 beroperasi kembali</translation>
    </message>
    <message>
        <source>slot %1 is out of service already</source>
        <translation>slot %1 sudah tidak beroperasi</translation>
    </message>
    <message>
        <source>slot %1 is in service</source>
        <translation>slot %1 beroperasi</translation>
    </message>
    <message>
        <source>say why the slot is out of service</source>
        <translation>sebutkan alasan slot tidak beroperasi</translation>
    </message>
    <message>
        <source>slot %1 is in the running swap</source>
        <translation>slot %1 dipakai penukaran yang sedang berjalan</translation>
    </message>
    <message>
        <source>that time has passed already</source>
        <translation>waktu itu sudah lewat</translation>
    </message>
    <message>
        <source>charger repair</source>
        <translation>perbaikan charger</translation>
    </message>
    <message>
        <source>connector worn</source>
        <translation>konektor aus</translation>
    </message>
    <message>
        <source>slot inspection</source>
        <translation>inspeksi slot</translation>
    </message>
    <message>
        <source>cooling fault</source>
        <translation>gangguan pendinginan</translation>
    </message>
    <message>
        <source>rack damage</source>
        <translation>kerusakan rak</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>pekerjaan lain</translation>
    </message>
    <message>
        <source>no plate given</source>
        <translation>pelat tidak diisi</translation>
    </message>
    <message>
        <source>a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); not %1</source>
        <translation>pelat hanya berisi huruf, angka, spasi, dan tanda hubung (konsonan Thai diperbolehkan); bukan %1</translation>
    </message>
    <message>
        <source>a plate has %1 to %2 characters, not %3</source>
        <translation>pelat terdiri dari %1 sampai %2 karakter, bukan %3</translation>
    </message>
    <message>
        <source>a vehicle carries 1 to %1 pack blocks</source>
        <translation>kendaraan membawa 1 sampai %1 blok baterai</translation>
    </message>
    <message>
        <source>a vehicle needs a pack type</source>
        <translation>kendaraan memerlukan tipe baterai</translation>
    </message>
    <message>
        <source>that code is not a vehicle tag (4-40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;): scan again</source>
        <translation>kode itu bukan tag kendaraan (4-40 huruf, angka, &apos;:&apos;, &apos;_&apos; atau &apos;-&apos;): pindai lagi</translation>
    </message>
    <message>
        <source>no vehicle is registered with code %1</source>
        <translation>tidak ada kendaraan terdaftar dengan kode %1</translation>
    </message>
    <message>
        <source>%1 is not a registered vehicle: check the plate, or ask the fleet office to register it</source>
        <translation>%1 bukan kendaraan terdaftar: periksa pelat, atau minta kantor armada mendaftarkannya</translation>
    </message>
    <message>
        <source>%1 is disabled at this station: a technician can enable it on the Vehicles page</source>
        <translation>%1 dinonaktifkan di stasiun ini: teknisi dapat mengaktifkannya di halaman Kendaraan</translation>
    </message>
    <message>
        <source>only a signed-in technician or supervisor changes the vehicle registry</source>
        <translation>hanya teknisi atau supervisor yang sudah masuk yang dapat mengubah daftar kendaraan</translation>
    </message>
    <message>
        <source>%1 is already registered: tap it in the list to edit it</source>
        <translation>%1 sudah terdaftar: ketuk di daftar untuk mengeditnya</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 tidak ada di daftar kendaraan</translation>
    </message>
    <message>
        <source>the last change is still being recorded: try again in a moment</source>
        <translation>perubahan terakhir masih dicatat: coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>the journal could not record it, so nothing was changed: %1</source>
        <translation>jurnal tidak dapat mencatatnya, jadi tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is registered (%2, type %3, %n blocks)</source>
        <translation>
            <numerusform>%1 terdaftar (%2, tipe %3, %n blok)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 diubah: %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1 is disabled: no swap starts for it until it is enabled again</source>
        <translation>%1 dinonaktifkan: tidak ada penukaran untuknya sampai diaktifkan lagi</translation>
    </message>
    <message>
        <source>%1 is enabled: it may be swapped again</source>
        <translation>%1 diaktifkan: boleh ditukar lagi</translation>
    </message>
    <message>
        <source>%1 was already disabled</source>
        <translation>%1 sudah nonaktif</translation>
    </message>
    <message>
        <source>%1 was already enabled</source>
        <translation>%1 sudah aktif</translation>
    </message>
    <message>
        <source>%1 imported: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 diimpor: %2 baru, %3 diperbarui, %4 tidak berubah</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>armada</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>pack type</source>
        <translation>tipe baterai</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blok</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>no fleet given: every vehicle belongs to a fleet</source>
        <translation>armada tidak diisi: setiap kendaraan termasuk dalam satu armada</translation>
    </message>
    <message>
        <source>a fleet&apos;s name has at most %1 characters, not %2</source>
        <translation>nama armada paling banyak %1 karakter, bukan %2</translation>
    </message>
    <message>
        <source>a model&apos;s name has at most %1 characters, not %2</source>
        <translation>nama model paling banyak %1 karakter, bukan %2</translation>
    </message>
    <message>
        <source>pack type %1: one of %2</source>
        <translation>tipe baterai %1: harus salah satu dari %2</translation>
    </message>
    <message>
        <source>choose the vehicle&apos;s pack type</source>
        <translation>pilih tipe baterai kendaraan</translation>
    </message>
    <message>
        <source>blocks %1: a vehicle carries 1 to %2 pack blocks</source>
        <translation>blok %1: kendaraan membawa 1 sampai %2 blok baterai</translation>
    </message>
    <message>
        <source>plate %1: %2</source>
        <translation>pelat %1: %2</translation>
    </message>
    <message>
        <source>tag %1: a tag is 4 to 40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>tag %1: tag terdiri dari 4 sampai 40 huruf, angka, &apos;:&apos;, &apos;_&apos; atau &apos;-&apos;</translation>
    </message>
    <message>
        <source>at most %1 tags a vehicle, not %2</source>
        <translation>paling banyak %1 tag per kendaraan, bukan %2</translation>
    </message>
    <message>
        <source>tag %1 already names %2</source>
        <translation>tag %1 sudah dipakai untuk %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 juga ada di baris %2</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 di baris %2</translation>
    </message>
    <message>
        <source>%1 values where the first line names %2 columns</source>
        <translation>%1 nilai, padahal baris pertama menyebut %2 kolom</translation>
    </message>
    <message>
        <source>the first line must name the columns plate, fleet, model, pack_type, blocks (and tags, if any); it reads %1</source>
        <translation>baris pertama harus berisi nama kolom plate, fleet, model, pack_type, blocks (dan tags, jika ada), yaitu pelat, armada, model, tipe baterai, jumlah blok (dan tag); isinya %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8</source>
        <translation>file bukan teks UTF-8 (baris %1, byte %2): simpan sebagai CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>file tidak dapat dibaca sebagai CSV: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB: a vehicle list is at most %2 MB</source>
        <translation>ukuran file %1 MB: daftar kendaraan paling besar %2 MB</translation>
    </message>
    <message>
        <source>the file lists no vehicles</source>
        <translation>file tidak berisi kendaraan</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines are wrong</source>
        <translation>
            <numerusform>%n baris lain salah</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 tidak diimpor, tidak ada yang diubah: %2</translation>
    </message>
    <message>
        <source>nothing to acknowledge: the alarm is not unacknowledged</source>
        <translation>tidak ada yang perlu diakui: alarm tidak berstatus belum diakui</translation>
    </message>
    <message>
        <source>acknowledging %1 needs the %2 role</source>
        <translation>mengakui %1 memerlukan peran %2</translation>
    </message>
    <message>
        <source>nothing to reset: the alarm is not latched with its cause gone</source>
        <translation>tidak ada yang perlu di-reset: alarm tidak sedang menunggu reset setelah penyebabnya hilang</translation>
    </message>
    <message>
        <source>acknowledge the alarm before resetting it</source>
        <translation>akui dulu alarm sebelum me-reset-nya</translation>
    </message>
    <message>
        <source>resetting %1 needs the %2 role</source>
        <translation>me-reset %1 memerlukan peran %2</translation>
    </message>
    <message>
        <source>only an annunciated alarm can be shelved</source>
        <translation>hanya alarm yang sedang tampil yang dapat ditunda</translation>
    </message>
    <message>
        <source>%1 may not be shelved</source>
        <translation>%1 tidak boleh ditunda</translation>
    </message>
    <message>
        <source>shelving needs the %1 role</source>
        <translation>penundaan memerlukan peran %1</translation>
    </message>
    <message>
        <source>shelving needs a reason</source>
        <translation>penundaan memerlukan alasan</translation>
    </message>
    <message>
        <source>shelve for at most %1 minutes</source>
        <translation>tunda paling lama %1 menit</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>alarm tidak sedang ditunda</translation>
    </message>
    <message>
        <source>unshelving needs the %1 role</source>
        <translation>membatalkan penundaan memerlukan peran %1</translation>
    </message>
    <message>
        <source>no such alarm point</source>
        <translation>tidak ada titik alarm tersebut</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs the technician role</source>
        <translation>menjadikan alarm di luar layanan memerlukan peran teknisi</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs a reason</source>
        <translation>menjadikan alarm di luar layanan memerlukan alasan</translation>
    </message>
    <message>
        <source>the alarm is in service</source>
        <translation>alarm sedang dalam layanan</translation>
    </message>
    <message>
        <source>recording the start in the journal</source>
        <translation>mencatat awal penukaran di jurnal</translation>
    </message>
    <message>
        <source>the start was not sent: the journal could not record it</source>
        <translation>perintah mulai tidak terkirim: jurnal tidak dapat mencatatnya</translation>
    </message>
    <message>
        <source>start sent: waiting for the controller</source>
        <translation>perintah mulai terkirim: menunggu kontroler</translation>
    </message>
    <message>
        <source>abort requested: the controller brings the step to a safe stop</source>
        <translation>pembatalan diminta: kontroler menghentikan langkah ini dengan aman</translation>
    </message>
    <message>
        <source>the controller did not start the swap: %1</source>
        <translation>kontroler tidak memulai penukaran: %1</translation>
    </message>
    <message>
        <source>no answer to the start command: watching the station to learn whether it started</source>
        <translation>belum ada jawaban atas perintah mulai: memantau stasiun untuk mengetahui apakah penukaran sudah dimulai</translation>
    </message>
    <message>
        <source>the abort was not confirmed by the controller (%1)</source>
        <translation>pembatalan tidak dikonfirmasi kontroler (%1)</translation>
    </message>
    <message>
        <source>the controller has no swap running: the start never took effect</source>
        <translation>kontroler tidak menjalankan penukaran: perintah mulai tidak pernah berlaku</translation>
    </message>
    <message>
        <source>the start command got no answer and never ran</source>
        <translation>perintah mulai tidak dijawab dan tidak pernah dijalankan</translation>
    </message>
    <message>
        <source>swap running</source>
        <translation>penukaran berjalan</translation>
    </message>
    <message>
        <source>swap running, %1</source>
        <translation>penukaran berjalan, %1</translation>
    </message>
    <message>
        <source>swap already running when the console connected, %1</source>
        <translation>penukaran sudah berjalan saat konsol tersambung, %1</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>dimulai dari tombol lokal di area</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>dimulai dari terminal lain</translation>
    </message>
    <message>
        <source>started from this console</source>
        <translation>dimulai dari konsol ini</translation>
    </message>
    <message>
        <source>swap completed</source>
        <translation>penukaran selesai</translation>
    </message>
    <message>
        <source>swap completed, but the console&apos;s check disagrees: %1</source>
        <translation>penukaran selesai, tetapi pemeriksaan konsol tidak sesuai: %1</translation>
    </message>
    <message>
        <source>swap aborted</source>
        <translation>penukaran dibatalkan</translation>
    </message>
    <message>
        <source>swap failed: %1</source>
        <translation>penukaran gagal: %1</translation>
    </message>
    <message>
        <source>the controller no longer reports this swap: its end is unknown</source>
        <translation>kontroler tidak lagi melaporkan penukaran ini: akhirnya tidak diketahui</translation>
    </message>
    <message>
        <source>the serial line went away (adapter unplugged, or the device server or simulator closed it): %1</source>
        <translation>jalur serial hilang (adaptor dicabut, atau server perangkat atau simulator menutupnya): %1</translation>
    </message>
    <message>
        <source>answer failed its CRC check (noise on the line?)</source>
        <translation>jawaban gagal cek CRC (derau di jalur?)</translation>
    </message>
    <message>
        <source>answer longer than expected (noise or a second talker)</source>
        <translation>jawaban lebih panjang dari perkiraan (derau atau ada pengirim kedua)</translation>
    </message>
    <message>
        <source>byte count %1 for %2 registers</source>
        <translation>jumlah byte %1 untuk %2 register</translation>
    </message>
    <message>
        <source>write echo %1 differs from the request</source>
        <translation>echo penulisan %1 berbeda dari permintaan</translation>
    </message>
    <message>
        <source>write answer %1 differs from the request</source>
        <translation>jawaban penulisan %1 berbeda dari permintaan</translation>
    </message>
    <message>
        <source>answer from unit %1, expected %2</source>
        <translation>jawaban dari unit %1, seharusnya %2</translation>
    </message>
    <message>
        <source>no valid answer within %1 ms, only %2 bytes of noise or a cut answer</source>
        <translation>tidak ada jawaban valid dalam %1 ms, hanya %2 byte derau atau jawaban terpotong</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>tidak ada jawaban dalam %1 ms</translation>
    </message>
    <message>
        <source>answer cut short: %1 of %2 bytes</source>
        <translation>jawaban terpotong: %1 dari %2 byte</translation>
    </message>
    <message>
        <source>controller answered function %1 with exception %2 (%3)</source>
        <translation>kontroler menjawab fungsi %1 dengan exception %2 (%3)</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>fungsi ilegal</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>alamat data ilegal</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>nilai data ilegal</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>kegagalan perangkat</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>perangkat sibuk</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>exception tidak dikenal</translation>
    </message>
    <message>
        <source>serial port %1 does not exist: check that the USB adapter is plugged in (ls /dev/serial/by-id/) and that the path is right</source>
        <translation>port serial %1 tidak ada: periksa apakah adaptor USB tercolok (ls /dev/serial/by-id/) dan path-nya benar</translation>
    </message>
    <message>
        <source>no permission to open %1: add the console&apos;s user to the &apos;dialout&apos; group (see the README&apos;s udev notes)</source>
        <translation>tidak ada izin membuka %1: tambahkan pengguna konsol ke grup &apos;dialout&apos; (lihat catatan udev di README)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>the link is not connected</source>
        <translation>koneksi tidak tersambung</translation>
    </message>
    <message>
        <source>the device answers but is not a swap-station controller (identity %1, expected %2): check the unit id and the wiring</source>
        <translation>perangkat menjawab tetapi bukan kontroler stasiun tukar baterai (identitas %1, seharusnya %2): periksa ID unit dan kabelnya</translation>
    </message>
    <message>
        <source>controller speaks protocol %1, this console %2: update one of them</source>
        <translation>kontroler memakai protokol %1, konsol ini %2: perbarui salah satunya</translation>
    </message>
    <message>
        <source>controller reports %1 rack slots</source>
        <translation>kontroler melaporkan %1 slot rak</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>membuka %1</translation>
    </message>
    <message>
        <source>built-in simulated station</source>
        <translation>stasiun simulasi bawaan</translation>
    </message>
    <message>
        <source>%1 at %2 baud %3, unit %4</source>
        <translation>%1 pada %2 baud %3, unit %4</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unit %2</translation>
    </message>
    <message>
        <source>no valid answer for %1 s (%2)</source>
        <translation>tidak ada jawaban valid selama %1 s (%2)</translation>
    </message>
    <message>
        <source>controller heartbeat has not changed for %1 s: the controller program may have stopped; its values are not current</source>
        <translation>heartbeat kontroler tidak berubah selama %1 s: program kontroler mungkin berhenti; nilainya tidak terkini</translation>
    </message>
    <message>
        <source>errors have cleared</source>
        <translation>galat sudah hilang</translation>
    </message>
    <message>
        <source>the controller answers again, heartbeat changing</source>
        <translation>kontroler menjawab lagi, heartbeat berubah</translation>
    </message>
    <message>
        <source>controller answers, heartbeat changing</source>
        <translation>kontroler menjawab, heartbeat berubah</translation>
    </message>
    <message>
        <source>errors on the line, recovered by retries; the controller answers</source>
        <translation>ada galat di jalur, pulih dengan pengulangan; kontroler menjawab</translation>
    </message>
    <message>
        <source>the console&apos;s screen has not responded for %1 s: the console heartbeat stops, so the controller holds motion</source>
        <translation>layar konsol tidak merespons selama %1 s: heartbeat konsol berhenti, jadi kontroler menahan gerakan</translation>
    </message>
    <message>
        <source>the console&apos;s screen responds again: console heartbeat resumed</source>
        <translation>layar konsol merespons lagi: heartbeat konsol berjalan lagi</translation>
    </message>
    <message>
        <source>the controller restarted</source>
        <translation>kontroler dimulai ulang</translation>
    </message>
    <message>
        <source>the controller restarted while the link was down</source>
        <translation>kontroler dimulai ulang saat koneksi putus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n command(s) it had not answered are unknown and will not be sent again</source>
        <translation>
            <numerusform>%1: hasil %n perintah yang belum dijawabnya tidak diketahui, dan tidak akan dikirim lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>the console closed the link before the controller answered</source>
        <translation>konsol menutup koneksi sebelum kontroler menjawab</translation>
    </message>
    <message>
        <source>not sent: the link to the controller is %1</source>
        <translation>tidak terkirim: koneksi ke kontroler %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>putus</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>the controller restarted before it reported the end; check the station before repeating it</source>
        <translation>kontroler dimulai ulang sebelum melaporkan selesai; periksa stasiun sebelum mengulanginya</translation>
    </message>
    <message>
        <source>not sent: the controller restarted; check the station, then send it again</source>
        <translation>tidak terkirim: kontroler dimulai ulang; periksa stasiun, lalu kirim lagi</translation>
    </message>
    <message>
        <source>the controller answered sequence %1 for %2: another master on the line?</source>
        <translation>kontroler menjawab nomor urut %1 untuk %2: ada master lain di jalur?</translation>
    </message>
    <message>
        <source>the controller no longer reports it as running</source>
        <translation>kontroler tidak lagi melaporkannya berjalan</translation>
    </message>
    <message>
        <source>a later command replaced its answer before it reported its end</source>
        <translation>perintah berikutnya menggantikan jawabannya sebelum selesainya dilaporkan</translation>
    </message>
    <message>
        <source>the controller&apos;s swap result now describes another swap</source>
        <translation>hasil penukaran di kontroler kini untuk penukaran lain</translation>
    </message>
    <message>
        <source>the controller reports no result for the swap it accepted</source>
        <translation>kontroler tidak melaporkan hasil penukaran yang diterimanya</translation>
    </message>
    <message>
        <source>accepted, but its end was not reported in time: check the station</source>
        <translation>diterima, tetapi selesainya tidak dilaporkan tepat waktu: periksa stasiun</translation>
    </message>
    <message>
        <source>not sent: the link could not carry it in time</source>
        <translation>tidak terkirim: koneksi tidak sempat mengirimkannya</translation>
    </message>
    <message>
        <source>no answer in time: the command may or may not have been carried out; check the station before repeating it</source>
        <translation>tidak ada jawaban tepat waktu: perintah mungkin sudah dijalankan, mungkin belum; periksa stasiun sebelum mengulanginya</translation>
    </message>
    <message>
        <source>not sent: the link went down</source>
        <translation>tidak terkirim: koneksi putus</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>tidak ada jurnal di %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>pemeriksaan integritas SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>pemeriksaan integritas SQLite</translation>
    </message>
    <message>
        <source>schema: %1 of %2 steps applied; the console applies the rest at its next start</source>
        <translation>skema: %1 dari %2 langkah diterapkan; konsol menerapkan sisanya saat mulai berikutnya</translation>
    </message>
    <message>
        <source>no records yet: the journal&apos;s tables are not all made</source>
        <translation>belum ada catatan: belum semua tabel jurnal dibuat</translation>
    </message>
    <message>
        <source>row %1: its predecessor is missing or was changed</source>
        <translation>baris %1: baris sebelumnya hilang atau diubah</translation>
    </message>
    <message>
        <source>row %1: its contents were changed after it was written</source>
        <translation>baris %1: isinya diubah setelah ditulis</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but %2 rows were written: rows were removed from its end</source>
        <translation>rantai berakhir di baris %1, padahal %2 baris sudah ditulis: ada baris yang dihapus dari ujungnya</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>rantai audit: %1</translation>
    </message>
    <message numerus="yes">
        <source>audit chain of %n rows</source>
        <translation>
            <numerusform>rantai audit %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tamper seal over %n records, keyed</source>
        <translation>
            <numerusform>segel pengaman atas %n catatan, berkunci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events archived (the fleet holds them)</source>
        <translation>
            <numerusform>%n peristiwa diarsipkan (disimpan armada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox: %n rows point at no event</source>
        <translation>
            <numerusform>kotak keluar: %n baris tidak merujuk ke peristiwa apa pun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox consistent, %n events not yet sent</source>
        <translation>
            <numerusform>kotak keluar konsisten, %n peristiwa belum terkirim</numerusform>
        </translation>
    </message>
    <message>
        <source>tamper seal not checked: no station key given (--key-file)</source>
        <translation>segel pengaman tidak diperiksa: kunci stasiun tidak diberikan (--key-file)</translation>
    </message>
    <message>
        <source>%1; the console keeps asking</source>
        <translation>%1; konsol terus bertanya</translation>
    </message>
    <message>
        <source>tamper seal: %1</source>
        <translation>segel pengaman: %1</translation>
    </message>
    <message>
        <source>event sequence: %1 events numbered %2-%3: some are missing</source>
        <translation>urutan peristiwa: %1 peristiwa bernomor %2-%3: ada yang hilang</translation>
    </message>
    <message>
        <source>event sequence %1-%2 without gaps (1-%3 are in the file set aside as damaged)</source>
        <translation>urutan peristiwa %1-%2 tanpa celah (1-%3 ada di file yang disisihkan karena rusak)</translation>
    </message>
    <message>
        <source>event sequence 1-%1 without gaps</source>
        <translation>urutan peristiwa 1-%1 tanpa celah</translation>
    </message>
    <message>
        <source>seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be trusted</source>
        <translation>mata rantai segel %1 (%2 baris %3) diubah atau dipalsukan: rantai setelahnya tidak dapat dipercaya</translation>
    </message>
    <message>
        <source>%1 row %2 was added outside the console</source>
        <translation>%1 baris %2 ditambahkan di luar konsol</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was written</source>
        <translation>%1 baris %2 diubah setelah ditulis</translation>
    </message>
    <message>
        <source>archived %1 row %2 was added outside the console</source>
        <translation>arsip %1 baris %2 ditambahkan di luar konsol</translation>
    </message>
    <message>
        <source>archived %1 row %2 was changed after it was written</source>
        <translation>arsip %1 baris %2 diubah setelah ditulis</translation>
    </message>
    <message>
        <source>%1 row %2 was removed</source>
        <translation>%1 baris %2 dihapus</translation>
    </message>
    <message>
        <source>Map identifier, always %1 (&quot;SS&quot;)</source>
        <translation>Pengenal peta, selalu %1 (&quot;SS&quot;)</translation>
    </message>
    <message>
        <source>Protocol version: major * %1 + minor</source>
        <translation>Versi protokol: mayor * %1 + minor</translation>
    </message>
    <message>
        <source>Rack slots this station has</source>
        <translation>Jumlah slot rak di stasiun ini</translation>
    </message>
    <message>
        <source>Series cells per pack (cell detail length)</source>
        <translation>Sel seri per baterai (panjang detail sel)</translation>
    </message>
    <message>
        <source>Temperature sensors per pack</source>
        <translation>Sensor suhu per baterai</translation>
    </message>
    <message>
        <source>Lock heads fitted in the bay</source>
        <translation>Kepala kunci yang terpasang di area</translation>
    </message>
    <message>
        <source>Controller serial number</source>
        <translation>Nomor seri kontroler</translation>
    </message>
    <message>
        <source>Controller firmware: major * %1 + minor</source>
        <translation>Firmware kontroler: mayor * %1 + minor</translation>
    </message>
    <message>
        <source>Most pack blocks one vehicle may carry</source>
        <translation>Jumlah maksimum blok baterai yang dapat dibawa satu kendaraan</translation>
    </message>
    <message>
        <source>Vendor and model, ASCII</source>
        <translation>Vendor dan model, ASCII</translation>
    </message>
    <message>
        <source>Controller heartbeat: +%1 every controller cycle (%2 ms), wraps at %3</source>
        <translation>Heartbeat kontroler: +%1 setiap siklus kontroler (%2 ms), kembali ke awal setelah %3</translation>
    </message>
    <message>
        <source>Console heartbeat: the console writes a new value on every poll. If it stops changing for the watchdog time, the controller holds all motion</source>
        <translation>Heartbeat konsol: konsol menulis nilai baru pada setiap poll. Jika nilainya tidak berubah selama waktu watchdog, kontroler menahan semua gerakan</translation>
    </message>
    <message>
        <source>Station mode</source>
        <translation>Mode stasiun</translation>
    </message>
    <message>
        <source>Station state</source>
        <translation>Status stasiun</translation>
    </message>
    <message>
        <source>Current sequence step</source>
        <translation>Langkah urutan saat ini</translation>
    </message>
    <message>
        <source>Time spent in the current step</source>
        <translation>Waktu yang telah berjalan di langkah saat ini</translation>
    </message>
    <message>
        <source>Expected duration of the current step</source>
        <translation>Perkiraan durasi langkah saat ini</translation>
    </message>
    <message>
        <source>Pack block being swapped (%1-based; %2 none)</source>
        <translation>Blok baterai yang sedang ditukar (mulai dari %1; %2 = tidak ada)</translation>
    </message>
    <message>
        <source>Pack blocks in the running swap</source>
        <translation>Blok baterai dalam penukaran yang sedang berjalan</translation>
    </message>
    <message>
        <source>Status flags</source>
        <translation>Flag status</translation>
    </message>
    <message>
        <source>Result of the current or last swap</source>
        <translation>Hasil penukaran saat ini atau terakhir</translation>
    </message>
    <message>
        <source>Fault that ended the last swap (%1 none)</source>
        <translation>Gangguan yang mengakhiri penukaran terakhir (%1 = tidak ada)</translation>
    </message>
    <message>
        <source>Swaps completed since power-up (wraps)</source>
        <translation>Penukaran selesai sejak dinyalakan (kembali ke awal setelah penuh)</translation>
    </message>
    <message>
        <source>Time since the running swap started</source>
        <translation>Waktu sejak penukaran yang sedang berjalan dimulai</translation>
    </message>
    <message>
        <source>Console heartbeat watchdog time</source>
        <translation>Waktu watchdog heartbeat konsol</translation>
    </message>
    <message>
        <source>Number of active fault codes</source>
        <translation>Jumlah kode gangguan aktif</translation>
    </message>
    <message>
        <source>Active fault code %1 (%2 empty)</source>
        <translation>Kode gangguan aktif %1 (%2 = kosong)</translation>
    </message>
    <message>
        <source>Command code</source>
        <translation>Kode perintah</translation>
    </message>
    <message>
        <source>Sequence number of this request (%1-%2)</source>
        <translation>Nomor urut permintaan ini (%1-%2)</translation>
    </message>
    <message>
        <source>Argument %1 (meaning per command)</source>
        <translation>Argumen %1 (arti sesuai perintah)</translation>
    </message>
    <message>
        <source>Sequence number of the request answered</source>
        <translation>Nomor urut permintaan yang dijawab</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reject reason (status REJECTED)</source>
        <translation>Alasan penolakan (status REJECTED)</translation>
    </message>
    <message>
        <source>Fault code (status FAILED)</source>
        <translation>Kode gangguan (status FAILED)</translation>
    </message>
    <message>
        <source>Code of the command answered</source>
        <translation>Kode perintah yang dijawab</translation>
    </message>
    <message>
        <source>Sequence number of the START_SWAP whose swap status.swap_result and status.swap_fault describe; %1 when that swap was started at the bay&apos;s local start button, or no swap since power-up</source>
        <translation>Nomor urut START_SWAP yang penukarannya dijelaskan oleh status.swap_result dan status.swap_fault; %1 jika penukaran itu dimulai dengan tombol mulai lokal di area, atau belum ada penukaran sejak dinyalakan</translation>
    </message>
    <message>
        <source>%1 when a vehicle is in the bay</source>
        <translation>%1 jika ada kendaraan di area</translation>
    </message>
    <message>
        <source>Longitudinal offset from target</source>
        <translation>Offset longitudinal dari target</translation>
    </message>
    <message>
        <source>Lateral offset from target</source>
        <translation>Offset lateral dari target</translation>
    </message>
    <message>
        <source>Positioning result</source>
        <translation>Hasil pemosisian</translation>
    </message>
    <message>
        <source>Positioning attempts that failed so far</source>
        <translation>Percobaan pemosisian yang gagal sejauh ini</translation>
    </message>
    <message>
        <source>Why the last attempt was out of tolerance</source>
        <translation>Alasan percobaan terakhir di luar toleransi</translation>
    </message>
    <message>
        <source>%1 when the vehicle&apos;s HV is confirmed off</source>
        <translation>%1 jika HV kendaraan dikonfirmasi mati</translation>
    </message>
    <message>
        <source>%1 when the parking brake is confirmed</source>
        <translation>%1 jika rem parkir dikonfirmasi</translation>
    </message>
    <message>
        <source>Pack blocks the bay sensors see on the vehicle</source>
        <translation>Blok baterai pada kendaraan yang terdeteksi sensor area</translation>
    </message>
    <message>
        <source>Pack type seen on the vehicle</source>
        <translation>Tipe baterai yang terdeteksi pada kendaraan</translation>
    </message>
    <message>
        <source>Plate read by the bay camera, when one is fitted (UTF-%1, up to %2 bytes: Thai and Chinese plates fit)</source>
        <translation>Pelat yang dibaca kamera area, jika terpasang (UTF-%1, hingga %2 byte: pelat Thailand dan Tiongkok muat)</translation>
    </message>
    <message>
        <source>Lift height above its lower limit</source>
        <translation>Tinggi lift di atas batas bawahnya</translation>
    </message>
    <message>
        <source>Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller checks it against the pack type&apos;s mass within +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): outside, the swap fails LOAD_MISMATCH (%8); above %9 kg it fails LIFT_OVERLOAD (%10) and flag OVERLOAD is set</source>
        <translation>Pembacaan load cell. Setiap kali lift mengambil baterai (REMOVE, INSTALL), kontroler membandingkannya dengan massa tipe baterai dalam +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): di luar itu, penukaran gagal LOAD_MISMATCH (%8); di atas %9 kg gagal LIFT_OVERLOAD (%10) dan flag OVERLOAD diset</translation>
    </message>
    <message>
        <source>Lift motion: -%1 down, %2 still, %3 up</source>
        <translation>Gerakan lift: -%1 turun, %2 diam, %3 naik</translation>
    </message>
    <message>
        <source>Lift limit switches</source>
        <translation>Limit switch lift</translation>
    </message>
    <message>
        <source>Shuttle position along its track from the bay</source>
        <translation>Posisi shuttle di sepanjang relnya, dihitung dari area</translation>
    </message>
    <message>
        <source>Where the shuttle stands: %1 bay, n rack slot n, %2 between stops</source>
        <translation>Posisi berhenti shuttle: %1 area, n slot rak n, %2 di antara titik henti</translation>
    </message>
    <message>
        <source>%1 when the shuttle carries a pack</source>
        <translation>%1 jika shuttle membawa baterai</translation>
    </message>
    <message>
        <source>Shuttle motion: -%1 toward bay, %2 still, %3 toward rack</source>
        <translation>Gerakan shuttle: -%1 ke arah area, %2 diam, %3 ke arah rak</translation>
    </message>
    <message>
        <source>%1 when aligned with the stop it stands at</source>
        <translation>%1 jika sejajar dengan titik henti tempatnya berada</translation>
    </message>
    <message>
        <source>Lock head %1 state</source>
        <translation>Status kepala kunci %1</translation>
    </message>
    <message>
        <source>Lock head %1 last torque</source>
        <translation>Torsi terakhir kepala kunci %1</translation>
    </message>
    <message>
        <source>%1 while the E-stop circuit is latched</source>
        <translation>%1 selama sirkuit henti darurat terkunci</translation>
    </message>
    <message>
        <source>%1 while the bay light curtain is interrupted</source>
        <translation>%1 selama tirai cahaya area terputus</translation>
    </message>
    <message>
        <source>Open doors. While a door is open fault DOOR_OPEN (%1) is active: START_SWAP is REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS clears a swap&apos;s latched DOOR_OPEN</source>
        <translation>Pintu yang terbuka. Selama ada pintu terbuka, gangguan DOOR_OPEN (%1) aktif: START_SWAP dijawab REJECTED FAULT_ACTIVE, penukaran dalam langkah gerakan (UNLOCK sampai LOCK) berhenti dan gagal DOOR_OPEN, jog ditolak DOOR_OPEN. Setelah pintu tertutup, RESET_FAULTS menghapus DOOR_OPEN penukaran yang masih tertahan</translation>
    </message>
    <message>
        <source>%1 while a confirmation (RESET_FAULTS) is needed before motion</source>
        <translation>%1 selama konfirmasi (RESET_FAULTS) diperlukan sebelum gerakan</translation>
    </message>
    <message>
        <source>Axis (or move) to run</source>
        <translation>Sumbu (atau gerakan) yang dijalankan</translation>
    </message>
    <message>
        <source>-%1, %2 (stop) or %3; what it means per axis below</source>
        <translation>-%1, %2 (berhenti) atau %3; artinya per sumbu dijelaskan di bawah</translation>
    </message>
    <message>
        <source>The lease counter: a new value at least every %1 s while the button is held</source>
        <translation>Penghitung lease: nilai baru paling lambat setiap %1 s selama tombol ditahan</translation>
    </message>
    <message>
        <source>Program run id: a value the controller picks at each power-up, %1-%2, never the value of the run before. A change tells the console the controller restarted (a retentive power-up counter serves).</source>
        <translation>ID proses program: nilai yang dipilih kontroler setiap kali dinyalakan, %1-%2, tidak pernah sama dengan nilai proses sebelumnya. Perubahan nilai memberi tahu konsol bahwa kontroler dimulai ulang (penghitung power-up retentif juga dapat dipakai).</translation>
    </message>
    <message>
        <source>Controller clock: time since this power-up, counted by the controller (a simulator counts its simulated time); %1 at power-up, wraps to %2 after %3 (%4 years)</source>
        <translation>Jam kontroler: waktu sejak dinyalakan kali ini, dihitung oleh kontroler (simulator menghitung waktu simulasinya); %1 saat dinyalakan, kembali ke %2 setelah %3 (%4 tahun)</translation>
    </message>
    <message>
        <source>Target of the move: slot %1-n (%2 the bay) for SHUTTLE_TO_SLOT, lock head %3-%4 for LOCK_HEAD; ignored by the other axes</source>
        <translation>Target gerakan: slot %1-n (%2 = area) untuk SHUTTLE_TO_SLOT, kepala kunci %3-%4 untuk LOCK_HEAD; diabaikan oleh sumbu lain</translation>
    </message>
    <message>
        <source>Why the requested move does not run now (NONE: it runs)</source>
        <translation>Alasan gerakan yang diminta tidak berjalan sekarang (NONE: berjalan)</translation>
    </message>
    <message>
        <source>How long the current hold has moved its axis</source>
        <translation>Lama sumbu telah bergerak selama tahanan saat ini</translation>
    </message>
    <message>
        <source>Full lift cycles: up above %1 mm, then back to the lower limit</source>
        <translation>Siklus penuh lift: naik di atas %1 mm, lalu kembali ke batas bawah</translation>
    </message>
    <message>
        <source>Lock and unlock operations of all lock heads: one per head for each lock or unlock it completed</source>
        <translation>Operasi kunci dan buka kunci semua kepala kunci: satu per kepala untuk setiap penguncian atau pembukaan kunci yang diselesaikannya</translation>
    </message>
    <message>
        <source>Distance the shuttle has travelled, whole metres</source>
        <translation>Jarak tempuh shuttle, dalam meter bulat</translation>
    </message>
    <message>
        <source>%1 when a pack sits in the slot</source>
        <translation>%1 jika ada baterai di slot</translation>
    </message>
    <message>
        <source>Pack code (GB/T %1, %2 characters)</source>
        <translation>Kode baterai (GB/T %1, %2 karakter)</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Tipe baterai</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Tingkat pengisian (SoC)</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>Kesehatan (SoH)</translation>
    </message>
    <message>
        <source>Pack voltage</source>
        <translation>Tegangan baterai</translation>
    </message>
    <message>
        <source>Pack current, positive when charging</source>
        <translation>Arus baterai, positif saat mengisi</translation>
    </message>
    <message>
        <source>Lowest cell voltage</source>
        <translation>Tegangan sel terendah</translation>
    </message>
    <message>
        <source>Cell with the lowest voltage (%1-based)</source>
        <translation>Sel dengan tegangan terendah (mulai dari %1)</translation>
    </message>
    <message>
        <source>Highest cell voltage</source>
        <translation>Tegangan sel tertinggi</translation>
    </message>
    <message>
        <source>Cell with the highest voltage (%1-based)</source>
        <translation>Sel dengan tegangan tertinggi (mulai dari %1)</translation>
    </message>
    <message>
        <source>Lowest pack temperature</source>
        <translation>Suhu baterai terendah</translation>
    </message>
    <message>
        <source>Highest pack temperature</source>
        <translation>Suhu baterai tertinggi</translation>
    </message>
    <message>
        <source>Insulation resistance (%1 = above range)</source>
        <translation>Resistansi isolasi (%1 = di atas rentang)</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>Siklus ekuivalen penuh</translation>
    </message>
    <message>
        <source>Slot charger state</source>
        <translation>Status charger slot</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Daya charger</translation>
    </message>
    <message>
        <source>Highest GB/T %1 alarm level (%2-%3)</source>
        <translation>Level alarm GB/T %1 tertinggi (%2-%3)</translation>
    </message>
    <message>
        <source>GB/T %1 alarm flags</source>
        <translation>Flag alarm GB/T %1</translation>
    </message>
    <message>
        <source>Rated energy</source>
        <translation>Energi nominal</translation>
    </message>
    <message>
        <source>Slot state</source>
        <translation>Status slot</translation>
    </message>
    <message>
        <source>Estimated time to full charge (%1 unknown)</source>
        <translation>Perkiraan waktu sampai penuh (%1 = tidak diketahui)</translation>
    </message>
    <message>
        <source>Charger charge meter: charge the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 Ah); %6 when the charger has no meter</source>
        <translation>Meter muatan charger: muatan yang telah dimasukkan charger slot ke baterai sejak dinyalakan, terbaca juga saat slot kosong; kembali ke %1 setelah %2 (%3 %4 %5 Ah); %6 jika charger tidak memiliki meter</translation>
    </message>
    <message>
        <source>Charger energy meter: energy the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 kWh); %6 when the charger has no meter</source>
        <translation>Meter energi charger: energi yang telah dimasukkan charger slot ke baterai sejak dinyalakan, terbaca juga saat slot kosong; kembali ke %1 setelah %2 (%3 %4 %5 kWh); %6 jika charger tidak memiliki meter</translation>
    </message>
    <message>
        <source>Slot whose cells to show</source>
        <translation>Slot yang selnya akan ditampilkan</translation>
    </message>
    <message>
        <source>Slot whose cells are shown now (%1 none)</source>
        <translation>Slot yang selnya sedang ditampilkan (%1 = tidak ada)</translation>
    </message>
    <message>
        <source>Cell voltages available</source>
        <translation>Tegangan sel yang tersedia</translation>
    </message>
    <message>
        <source>Temperatures available</source>
        <translation>Suhu yang tersedia</translation>
    </message>
    <message>
        <source>Cell %1 voltage</source>
        <translation>Tegangan sel %1</translation>
    </message>
    <message>
        <source>Temperature sensor %1</source>
        <translation>Sensor suhu %1</translation>
    </message>
    <message>
        <source>Reset faults</source>
        <translation>Reset gangguan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Retry positioning</source>
        <translation>Ulangi pemosisian</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Nonaktifkan charger</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Aktifkan charger</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Homing sumbu</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Mulai lagi</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>BATALKAN</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Mode perawatan</translation>
    </message>
    <message>
        <source>Automatic mode</source>
        <translation>Mode otomatis</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Buka kunci kepala</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Kunci kepala</translation>
    </message>
    <message>
        <source>nothing to abort: no swap is running</source>
        <translation>tidak ada yang perlu dibatalkan: tidak ada penukaran yang berjalan</translation>
    </message>
    <message>
        <source>confirm first that the bay is clear and nobody is inside the light curtain</source>
        <translation>pastikan dulu area kosong dan tidak ada orang di dalam tirai cahaya</translation>
    </message>
    <message>
        <source>%1: sent to the controller</source>
        <translation>%1: dikirim ke kontroler</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: selesai</translation>
    </message>
    <message>
        <source>%1: the controller refused: %2. %3</source>
        <translation>%1: kontroler menolak: %2. %3</translation>
    </message>
    <message>
        <source>%1: the controller could not finish it: %2</source>
        <translation>%1: kontroler tidak dapat menyelesaikannya: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the controller; watch the station&apos;s state</source>
        <translation>%1: tidak ada jawaban dari kontroler; pantau status stasiun</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: tidak terkirim: %2</translation>
    </message>
    <message>
        <source>no vehicle in the bay to start again for</source>
        <translation>tidak ada kendaraan di area untuk dimulai lagi</translation>
    </message>
    <message>
        <source>the bay camera reads no plate: identify the vehicle with the plate entry or the list</source>
        <translation>kamera area tidak membaca pelat: identifikasi kendaraan lewat isian pelat atau daftar</translation>
    </message>
    <message>
        <source>Start again: reading the rack, then the plan</source>
        <translation>Mulai lagi: membaca rak, lalu rencana</translation>
    </message>
    <message>
        <source>%1: press and hold the button; it moves only while held</source>
        <translation>%1: tekan dan tahan tombol; hanya bergerak selama ditahan</translation>
    </message>
    <message>
        <source>%1: moving while held</source>
        <translation>%1: bergerak selama ditahan</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <source>Recovery</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain?</source>
        <translation>Apakah area kosong dan tidak ada orang di dalam tirai cahaya?</translation>
    </message>
    <message>
        <source>Yes, the bay is clear</source>
        <translation>Ya, area kosong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Sekarang: %1</translation>
    </message>
    <message>
        <source>Safe: %1</source>
        <translation>Aman: %1</translation>
    </message>
    <message>
        <source>%1 (head %2)</source>
        <translation>%1 (kepala %2)</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (slot %2)</translation>
    </message>
    <message>
        <source>%1: is the bay clear, and nobody inside the light curtain?</source>
        <translation>%1: apakah area kosong dan tidak ada orang di dalam tirai cahaya?</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>not read</source>
        <translation>belum dibaca</translation>
    </message>
    <message>
        <source>not in this controller&apos;s protocol</source>
        <translation>tidak ada di protokol kontroler ini</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Akses</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Mentah</translation>
    </message>
    <message>
        <source>Bits set</source>
        <translation>Bit aktif</translation>
    </message>
</context>
<context>
    <name>RegisterMonitor</name>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Lift, shuttle</source>
        <translation>Lift, shuttle</translation>
    </message>
    <message>
        <source>Lock heads</source>
        <translation>Kepala kunci</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Jog</translation>
    </message>
    <message>
        <source>Jog state</source>
        <translation>Status jog</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <source>Rack slots</source>
        <translation>Slot rak</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>%1 is not a register of this station&apos;s map.</source>
        <translation>%1 bukan register di peta stasiun ini.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 hanya-baca.</translation>
    </message>
    <message>
        <source>%1 is written only by the console&apos;s own handshake (a command whole, a jog while its hold-to-run button is held), never from here.</source>
        <translation>%1 hanya ditulis oleh handshake konsol sendiri (satu perintah utuh, jog selama tombol tahan-untuk-jalan ditahan), tidak pernah dari sini.</translation>
    </message>
    <message>
        <source>%1 holds text: it is not written from here.</source>
        <translation>%1 berisi teks: tidak ditulis dari sini.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not a number.</source>
        <translation>Tidak terkirim: %2 bukan angka.</translation>
    </message>
    <message>
        <source>Not sent: %1 counts in steps of %3; %2 is between two steps.</source>
        <translation>Tidak terkirim: %1 dihitung dengan kelipatan %3; %2 berada di antara dua kelipatan.</translation>
    </message>
    <message>
        <source>Not sent: %2 is below the documented minimum of %1, %3.</source>
        <translation>Tidak terkirim: %2 di bawah minimum %1 yang terdokumentasi, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is above the documented maximum of %1, %3.</source>
        <translation>Tidak terkirim: %2 di atas maksimum %1 yang terdokumentasi, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not one of the values of %1 (%3).</source>
        <translation>Tidak terkirim: %2 bukan salah satu nilai %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: %2 does not fit %1&apos;s register (%3).</source>
        <translation>Tidak terkirim: %2 tidak muat di register %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: the controller is not in maintenance mode.</source>
        <translation>Tidak terkirim: kontroler tidak dalam mode perawatan.</translation>
    </message>
    <message>
        <source>Not sent: the link to the controller is down.</source>
        <translation>Tidak terkirim: koneksi ke kontroler putus.</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>fungsi ilegal</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>alamat data ilegal</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>nilai data ilegal</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>kegagalan perangkat</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>perangkat sibuk</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>answer cut short</source>
        <translation>jawaban terpotong</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>galat CRC</translation>
    </message>
    <message>
        <source>answer from another unit</source>
        <translation>jawaban dari unit lain</translation>
    </message>
    <message>
        <source>answer does not fit the request</source>
        <translation>jawaban tidak sesuai permintaan</translation>
    </message>
    <message>
        <source>serial line gone</source>
        <translation>jalur serial hilang</translation>
    </message>
    <message>
        <source>error</source>
        <translation>galat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>tidak tersedia</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>RegisterMonitorPage</name>
    <message>
        <source>Register monitor</source>
        <translation>Monitor register</translation>
    </message>
    <message>
        <source>Register name or address</source>
        <translation>Nama atau alamat register</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Log frame</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Semua blok</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Tulis…</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Tutup keyboard</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>Tulis</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Hapus log</translation>
    </message>
    <message>
        <source>%1 of %2 registers</source>
        <translation>%1 dari %2 register</translation>
    </message>
    <message>
        <source>link %1: the values are the last ones read</source>
        <translation>koneksi %1: nilai ini adalah yang terakhir dibaca</translation>
    </message>
    <message>
        <source>Tap a register to see it in full.</source>
        <translation>Ketuk register untuk melihat detail lengkapnya.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>satuan %1</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>skala %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>rentang %1</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>mentah %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>dibaca pada %1</translation>
    </message>
    <message>
        <source>bit %1 %2: %3</source>
        <translation>bit %1 %2: %3</translation>
    </message>
    <message>
        <source>set</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Nilai: %1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>masuk sebagai %1</translation>
    </message>
    <message>
        <source>the station is in %1 mode</source>
        <translation>stasiun dalam mode %1</translation>
    </message>
    <message>
        <source>the station&apos;s mode is not known</source>
        <translation>mode stasiun tidak diketahui</translation>
    </message>
    <message>
        <source>Writing needs a supervisor in maintenance mode: %1.</source>
        <translation>Penulisan memerlukan supervisor dalam mode perawatan: %1.</translation>
    </message>
    <message>
        <source>Tap a register marked RW to write it.</source>
        <translation>Ketuk register bertanda RW untuk menulisnya.</translation>
    </message>
    <message>
        <source>%1 can be written: tap Write… to enter its new value.</source>
        <translation>%1 dapat ditulis: ketuk Tulis… untuk memasukkan nilai barunya.</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>Nilai baru untuk %1</translation>
    </message>
    <message>
        <source>Type the new value, then Check.</source>
        <translation>Ketik nilai baru, lalu Periksa.</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1 (mentah %2)</translation>
    </message>
    <message>
        <source>not read yet (it is read just before writing)</source>
        <translation>belum dibaca (dibaca tepat sebelum penulisan)</translation>
    </message>
    <message>
        <source>Write %1 at address %2?
Old value: %3
New value: %4 (raw %5)</source>
        <translation>Tulis %1 di alamat %2?
Nilai lama: %3
Nilai baru: %4 (mentah %5)</translation>
    </message>
    <message>
        <source>Check the old and the new value, then Write it.</source>
        <translation>Periksa nilai lama dan baru, lalu Tulis.</translation>
    </message>
    <message>
        <source>Writing %1 = %2…</source>
        <translation>Menulis %1 = %2…</translation>
    </message>
    <message>
        <source>(Not recorded: the journal is not available.)</source>
        <translation>(Tidak tercatat: jurnal tidak tersedia.)</translation>
    </message>
    <message>
        <source>%1 written; reading it back failed.</source>
        <translation>%1 ditulis; pembacaan ulang gagal.</translation>
    </message>
    <message>
        <source>%1 written, but the controller now reads %2.</source>
        <translation>%1 ditulis, tetapi kontroler kini membaca %2.</translation>
    </message>
    <message>
        <source>%1 written: it reads %2 now.</source>
        <translation>%1 ditulis: kini terbaca %2.</translation>
    </message>
    <message>
        <source>The controller refused the write with exception %1: nothing was written.</source>
        <translation>Kontroler menolak penulisan dengan exception %1: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been written. Check its value before writing again.</source>
        <translation>Tidak ada jawaban atas penulisan %1: mungkin sudah tertulis, mungkin belum. Periksa nilainya sebelum menulis lagi.</translation>
    </message>
    <message>
        <source>The answer to the write of %1 was damaged or the line went: it may or may not have been written. Check its value.</source>
        <translation>Jawaban atas penulisan %1 rusak atau jalur terputus: mungkin sudah tertulis, mungkin belum. Periksa nilainya.</translation>
    </message>
    <message>
        <source>Frame log: ON (tap to stop)</source>
        <translation>Log frame: AKTIF (ketuk untuk berhenti)</translation>
    </message>
    <message>
        <source>Frame log: OFF (tap to start)</source>
        <translation>Log frame: MATI (ketuk untuk mulai)</translation>
    </message>
    <message>
        <source>%1 frames shown; the last %2 are kept.</source>
        <translation>%1 frame ditampilkan; %2 terakhir disimpan.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 kWh in</source>
        <translation>%1 kWh masuk</translation>
    </message>
    <message>
        <source>SoC %1 → %2 %</source>
        <translation>SoC %1 → %2 %</translation>
    </message>
    <message>
        <source>peak %1 °C</source>
        <translation>puncak %1 °C</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>sedang mengisi</translation>
    </message>
    <message>
        <source>good: measured %1 Ah (%2)</source>
        <translation>baik: terukur %1 Ah (%2)</translation>
    </message>
    <message>
        <source>charger meter</source>
        <translation>meter charger</translation>
    </message>
    <message>
        <source>current integrated</source>
        <translation>integrasi arus</translation>
    </message>
    <message>
        <source>no reason kept</source>
        <translation>tidak ada alasan tersimpan</translation>
    </message>
    <message>
        <source>not used for capacity: %1</source>
        <translation>tidak dipakai untuk kapasitas: %1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>berakhir: %1</translation>
    </message>
    <message>
        <source>%1 Ah in</source>
        <translation>%1 Ah masuk</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>ID stasiun</translation>
    </message>
    <message>
        <source>Controller link URL</source>
        <translation>URL koneksi kontroler</translation>
    </message>
    <message>
        <source>Poll every, ms</source>
        <translation>Poll setiap, ms</translation>
    </message>
    <message>
        <source>A pack is ready at SoC, %</source>
        <translation>Baterai siap pada SoC, %</translation>
    </message>
    <message>
        <source>Lowest SoH a swap takes, %</source>
        <translation>SoH terendah untuk penukaran, %</translation>
    </message>
    <message>
        <source>Hottest pack a swap takes, °C</source>
        <translation>Suhu baterai tertinggi untuk penukaran, °C</translation>
    </message>
    <message>
        <source>Lowest insulation a swap takes, kΩ</source>
        <translation>Isolasi terendah untuk penukaran, kΩ</translation>
    </message>
    <message>
        <source>Operators sign in by name</source>
        <translation>Operator masuk dengan nama</translation>
    </message>
    <message>
        <source>Signed out after idle, min</source>
        <translation>Keluar otomatis setelah diam, min</translation>
    </message>
    <message>
        <source>Lift service every, cycles</source>
        <translation>Servis lift setiap, siklus</translation>
    </message>
    <message>
        <source>Lock service every, cycles</source>
        <translation>Servis kunci setiap, siklus</translation>
    </message>
    <message>
        <source>Shuttle service every, km</source>
        <translation>Servis shuttle setiap, km</translation>
    </message>
    <message>
        <source>Longest shelving, min</source>
        <translation>Penundaan alarm terlama, min</translation>
    </message>
    <message>
        <source>Fleet broker</source>
        <translation>Broker armada</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>Bahasa saat mulai</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum diatur)</translation>
    </message>
    <message>
        <source>Settings can be changed by a signed-in supervisor.</source>
        <translation>Pengaturan dapat diubah oleh supervisor yang sudah masuk.</translation>
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
        <source>day</source>
        <translation>siang</translation>
    </message>
    <message>
        <source>night</source>
        <translation>malam</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Ketuk nama Anda, lalu ketik PIN (atau tunjukkan kartu Anda)</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <source>Sign-in is open again: tap your name, enter the PIN.</source>
        <translation>Masuk dibuka lagi: ketuk nama Anda, masukkan PIN.</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Ketuk nama Anda dulu.</translation>
    </message>
    <message>
        <source>A PIN has at most 8 digits.</source>
        <translation>PIN paling banyak 8 angka.</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>dicadangkan</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>karantina</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>GANGGUAN</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>belum siap</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>mengisi</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>time to ready unknown</source>
        <translation>waktu siap tidak diketahui</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>siap dalam sekitar %1 min</translation>
    </message>
    <message>
        <source>for the running swap</source>
        <translation>untuk penukaran berjalan</translation>
    </message>
    <message>
        <source>held by the controller, no swap running</source>
        <translation>ditahan kontroler, tidak ada penukaran berjalan</translation>
    </message>
    <message>
        <source>kept out of swaps</source>
        <translation>tidak dipakai untuk penukaran</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>gangguan charger</translation>
    </message>
    <message>
        <source>slot fault</source>
        <translation>gangguan slot</translation>
    </message>
    <message>
        <source>charger switched off</source>
        <translation>charger dimatikan</translation>
    </message>
    <message>
        <source>BMS alarm level %1</source>
        <translation>level alarm BMS %1</translation>
    </message>
    <message>
        <source>insulation low</source>
        <translation>isolasi rendah</translation>
    </message>
    <message>
        <source>readings invalid</source>
        <translation>pembacaan tidak valid</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>terlalu panas</translation>
    </message>
    <message>
        <source>too cold</source>
        <translation>terlalu dingin</translation>
    </message>
    <message>
        <source>poor health (SoH)</source>
        <translation>kesehatan buruk (SoH)</translation>
    </message>
    <message>
        <source>SoC low, not charging</source>
        <translation>SoC rendah, tidak mengisi</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>SoC invalid</source>
        <translation>SoC tidak valid</translation>
    </message>
    <message>
        <source>STALE, %1</source>
        <translation>USANG, %1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Motion held</source>
        <translation>Gerakan ditahan</translation>
    </message>
    <message>
        <source>EMERGENCY STOP</source>
        <translation>HENTI DARURAT</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <source>Idle: bay empty</source>
        <translation>Siaga: area kosong</translation>
    </message>
    <message>
        <source>Vehicle positioning</source>
        <translation>Pemosisian kendaraan</translation>
    </message>
    <message>
        <source>Ready to swap</source>
        <translation>Siap tukar</translation>
    </message>
    <message>
        <source>Swapping</source>
        <translation>Menukar</translation>
    </message>
    <message>
        <source>Swap complete: vehicle leaving</source>
        <translation>Penukaran selesai: kendaraan keluar</translation>
    </message>
    <message>
        <source>Motion held: resume when the bay is clear</source>
        <translation>Gerakan ditahan: lanjutkan jika area kosong</translation>
    </message>
    <message>
        <source>No step running</source>
        <translation>Tidak ada langkah berjalan</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Pemosisian</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Lepas baterai</translation>
    </message>
    <message>
        <source>Transfer to rack</source>
        <translation>Pindah ke rak</translation>
    </message>
    <message>
        <source>Fetch charged pack</source>
        <translation>Ambil baterai penuh</translation>
    </message>
    <message>
        <source>Install pack</source>
        <translation>Pasang baterai</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Release vehicle</source>
        <translation>Lepas kendaraan</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Not charging</source>
        <translation>Tidak mengisi</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Mengisi</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <source>In swap</source>
        <translation>Dalam penukaran</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Gangguan charger</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menyambung</translation>
    </message>
    <message>
        <source>Charging (constant current)</source>
        <translation>Mengisi (arus konstan)</translation>
    </message>
    <message>
        <source>Charging (constant voltage)</source>
        <translation>Mengisi (tegangan konstan)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>GANGGUAN</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>A 171 kWh</source>
        <translation>A 171 kWh</translation>
    </message>
    <message>
        <source>B 280 kWh</source>
        <translation>B 280 kWh</translation>
    </message>
    <message>
        <source>C 100 kWh</source>
        <translation>C 100 kWh</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>Tidak ada kendaraan</translation>
    </message>
    <message>
        <source>Driving in</source>
        <translation>Sedang masuk</translation>
    </message>
    <message>
        <source>In position</source>
        <translation>Di posisi</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>Di luar toleransi</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Pemosisian gagal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Menurun</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>PUTUS</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>E-STOP</source>
        <translation>HENTI DARURAT</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Belum ada data</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode: %1</translation>
    </message>
    <message>
        <source>LAST KNOWN, %1</source>
        <translation>DATA TERAKHIR, %1</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>Gangguan: %1</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Tanpa gangguan</translation>
    </message>
    <message>
        <source>E-STOP LATCHED</source>
        <translation>HENTI DARURAT TERKUNCI</translation>
    </message>
    <message>
        <source>E-STOP: key turned, confirm the reset</source>
        <translation>HENTI DARURAT: kunci sudah diputar, konfirmasi reset</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknisi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Link: connecting</source>
        <translation>Koneksi: menyambung</translation>
    </message>
    <message>
        <source>Journal: starting</source>
        <translation>Jurnal: memulai</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinkron: belum diatur</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Detail stasiun</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>Tutup konsol</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · sign in</source>
        <translation>%1 · masuk</translation>
    </message>
    <message>
        <source>%1 · sign out</source>
        <translation>%1 · keluar</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Bahasa: %1</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>Tema malam</translation>
    </message>
    <message>
        <source>Day theme</source>
        <translation>Tema siang</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Koneksi: %1</translation>
    </message>
    <message>
        <source>Journal: recording</source>
        <translation>Jurnal: mencatat</translation>
    </message>
    <message>
        <source>Journal: DISK FULL, writing into its reserve</source>
        <translation>Jurnal: DISK PENUH, menulis ke cadangan</translation>
    </message>
    <message>
        <source>Journal: NOT RECORDING</source>
        <translation>Jurnal: TIDAK MENCATAT</translation>
    </message>
    <message numerus="yes">
        <source>Journal: DISK FULL, %n record(s) not yet written</source>
        <translation>
            <numerusform>Jurnal: DISK PENUH, %n catatan belum ditulis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the spill file)</source>
        <translation>
            <numerusform>(%n di file limpahan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Plate, or scan the vehicle&apos;s code</source>
        <translation>Pelat, atau pindai kode kendaraan</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <source>Keyboard / list</source>
        <translation>Keyboard / daftar</translation>
    </message>
    <message>
        <source>Bay: no data yet.</source>
        <translation>Area: belum ada data.</translation>
    </message>
    <message>
        <source>No vehicle identified</source>
        <translation>Belum ada kendaraan teridentifikasi</translation>
    </message>
    <message>
        <source>Receipt and QR code</source>
        <translation>Struk dan kode QR</translation>
    </message>
    <message>
        <source>Start swap</source>
        <translation>Mulai tukar</translation>
    </message>
    <message>
        <source>Confirm start</source>
        <translation>Konfirmasi mulai</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>BATALKAN</translation>
    </message>
    <message>
        <source>Tap Confirm start within 15 s to start the swap.</source>
        <translation>Ketuk Konfirmasi mulai dalam 15 s untuk memulai penukaran.</translation>
    </message>
    <message>
        <source>Tap Start swap first.</source>
        <translation>Ketuk Mulai tukar dulu.</translation>
    </message>
    <message>
        <source>The confirmation lapsed: tap Start swap again.</source>
        <translation>Konfirmasi kedaluwarsa: ketuk Mulai tukar lagi.</translation>
    </message>
    <message>
        <source>This station asks operators to sign in by name: tap Sign in (bottom right), then start again.</source>
        <translation>Stasiun ini mewajibkan operator masuk dengan nama: ketuk Masuk (kanan bawah), lalu mulai lagi.</translation>
    </message>
    <message>
        <source>Steps as last known (%1): the link is down.</source>
        <translation>Langkah menurut status terakhir (%1): koneksi putus.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>Area kosong.</translation>
    </message>
    <message>
        <source>In the bay: %1.</source>
        <translation>Di area: %1.</translation>
    </message>
    <message>
        <source>In the bay: a vehicle, plate not read.</source>
        <translation>Di area: sebuah kendaraan, pelat tidak terbaca.</translation>
    </message>
    <message>
        <source>Receipt of %1 (QR code)</source>
        <translation>Struk %1 (kode QR)</translation>
    </message>
    <message>
        <source>The confirmation lapsed: the plan changed or time ran out.</source>
        <translation>Konfirmasi kedaluwarsa: rencana berubah atau waktu habis.</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>sekitar %1 min %2 s lagi</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 block(s) of %5</source>
        <translation>%1, %2, %3: %4 blok baterai %5</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 sudah ditukar pukul %2 hari ini: periksa sebelum menukar lagi</translation>
    </message>
    <message>
        <source>No vehicle identified. %1</source>
        <translation>Belum ada kendaraan teridentifikasi. %1</translation>
    </message>
    <message>
        <source>Swap completed.</source>
        <translation>Penukaran selesai.</translation>
    </message>
    <message>
        <source>The swap stopped: %1. Follow the recovery steps below.</source>
        <translation>Penukaran berhenti: %1. Ikuti langkah pemulihan di bawah.</translation>
    </message>
    <message>
        <source>No answer to the start yet: watching the station to learn whether the swap started. ABORT stops it if it did.</source>
        <translation>Belum ada jawaban atas perintah mulai: memantau stasiun untuk mengetahui apakah penukaran sudah dimulai. BATALKAN menghentikannya jika sudah.</translation>
    </message>
    <message>
        <source>Recording the start…</source>
        <translation>Mencatat awal penukaran…</translation>
    </message>
    <message>
        <source>Start sent: waiting for the controller.</source>
        <translation>Perintah mulai terkirim: menunggu kontroler.</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>dimulai di sini</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>dimulai dari tombol lokal di area</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>dimulai dari terminal lain</translation>
    </message>
    <message>
        <source>Swap running, %1. ABORT stops it safely at any time.</source>
        <translation>Penukaran berjalan, %1. BATALKAN menghentikannya dengan aman kapan saja.</translation>
    </message>
    <message>
        <source>%1: the swap (%2) does not move. ABORT ends it safely.</source>
        <translation>%1: penukaran (%2) tidak bergerak. BATALKAN mengakhirinya dengan aman.</translation>
    </message>
    <message>
        <source>Abort requested: the controller brings the step to a safe stop.</source>
        <translation>Pembatalan diminta: kontroler menghentikan langkah ini dengan aman.</translation>
    </message>
    <message>
        <source>The abort was NOT confirmed by the controller (the link is down, no answer, or refused). Tap ABORT again, or use the E-stop if the machine must stop now.</source>
        <translation>Pembatalan TIDAK dikonfirmasi kontroler (koneksi putus, tidak ada jawaban, atau ditolak). Ketuk BATALKAN lagi, atau tekan henti darurat jika mesin harus berhenti sekarang.</translation>
    </message>
    <message>
        <source>The controller did not start the swap: %1. What to do: %2.</source>
        <translation>Kontroler tidak memulai penukaran: %1. Tindakan: %2.</translation>
    </message>
    <message>
        <source>slot %1 (…%2, %3 %, SoH %4 %)</source>
        <translation>slot %1 (…%2, %3 %, SoH %4 %)</translation>
    </message>
    <message>
        <source>out: none from block 1 (it carries no pack)</source>
        <translation>keluar: tidak ada dari blok 1 (tidak membawa baterai)</translation>
    </message>
    <message>
        <source>out: to slot %1</source>
        <translation>keluar: ke slot %1</translation>
    </message>
    <message>
        <source>out: block 1 to slot %1, the others to free slots the controller picks</source>
        <translation>keluar: blok 1 ke slot %1, lainnya ke slot kosong pilihan kontroler</translation>
    </message>
    <message>
        <source>In: %1; %2</source>
        <translation>Masuk: %1; %2</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, blok %2</translation>
    </message>
    <message>
        <source>○ %1: about %2 s</source>
        <translation>○ %1: sekitar %2 s</translation>
    </message>
    <message>
        <source>%1 %2: %3 s of %4 s</source>
        <translation>%1 %2: %3 s dari %4 s</translation>
    </message>
    <message>
        <source>SLOW: %1</source>
        <translation>LAMBAT: %1</translation>
    </message>
</context>
<context>
    <name>SwapStrip</name>
    <message>
        <source>ABORT</source>
        <translation>BATALKAN</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, blok %2</translation>
    </message>
    <message>
        <source>%1 (last known, %2)</source>
        <translation>%1 (data terakhir, %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>halted step: what holds it, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting the swap…</source>
        <translation>Memulai penukaran…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>berhenti</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>tersisa</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 dalam antrean</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinkron: belum diatur</translation>
    </message>
    <message>
        <source>Sync: REFUSED, %1</source>
        <translation>Sinkron: DITOLAK, %1</translation>
    </message>
    <message>
        <source>Sync: stopped, %1</source>
        <translation>Sinkron: berhenti, %1</translation>
    </message>
    <message>
        <source>Sync: up to date, last %1</source>
        <translation>Sinkron: mutakhir, terakhir %1</translation>
    </message>
    <message>
        <source>Sync: sending, %1</source>
        <translation>Sinkron: mengirim, %1</translation>
    </message>
    <message>
        <source>Sync: connecting, %1</source>
        <translation>Sinkron: menyambung, %1</translation>
    </message>
    <message>
        <source>Sync: offline, nothing waiting</source>
        <translation>Sinkron: offline, tidak ada antrean</translation>
    </message>
    <message>
        <source>Sync: offline, %1, oldest %2</source>
        <translation>Sinkron: offline, %1, tertua %2</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>berhenti</translation>
    </message>
    <message>
        <source>%1 records, the oldest written %2 ago</source>
        <translation>%1 catatan, yang tertua ditulis %2 lalu</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>not set up ([sync] broker in console.toml)</source>
        <translation>belum diatur (broker [sync] di console.toml)</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>ID stasiun</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Terakhir berhasil</translation>
    </message>
    <message>
        <source>Waiting size</source>
        <translation>Ukuran antrean</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Laju</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 catatan/s</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Tertahan</translation>
    </message>
    <message>
        <source>%1 records the broker refused or cannot take</source>
        <translation>%1 catatan ditolak atau tidak dapat diterima broker</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>not set up: set [sync] broker in console.toml to send the journal to the fleet</source>
        <translation>belum diatur: isi broker di [sync] pada console.toml untuk mengirim jurnal ke armada</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Lock head jams</source>
        <translation>Kepala kunci macet</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Lift kelebihan beban</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Shuttle tidak sejajar</translation>
    </message>
    <message>
        <source>Vehicle cannot position</source>
        <translation>Kendaraan gagal diposisikan</translation>
    </message>
    <message>
        <source>HV interlock open</source>
        <translation>Interlock HV terbuka</translation>
    </message>
    <message>
        <source>BMS handshake fails</source>
        <translation>Handshake BMS gagal</translation>
    </message>
    <message>
        <source>Pack code differs from plan</source>
        <translation>Kode baterai beda dari rencana</translation>
    </message>
    <message>
        <source>Vehicle keeps its HV on</source>
        <translation>HV kendaraan tetap menyala</translation>
    </message>
    <message>
        <source>Parking brake not confirmed</source>
        <translation>Rem parkir tidak dikonfirmasi</translation>
    </message>
    <message>
        <source>Bay door opened</source>
        <translation>Pintu area terbuka</translation>
    </message>
    <message>
        <source>Load cell reads a wrong mass</source>
        <translation>Load cell membaca massa salah</translation>
    </message>
    <message>
        <source>Lock head torque low</source>
        <translation>Torsi kepala kunci rendah</translation>
    </message>
    <message>
        <source>Charger fault in the chosen slot</source>
        <translation>Gangguan charger di slot terpilih</translation>
    </message>
    <message>
        <source>Pack alarm in the chosen slot</source>
        <translation>Alarm baterai di slot terpilih</translation>
    </message>
    <message>
        <source>Insulation low in the chosen slot</source>
        <translation>Isolasi rendah di slot terpilih</translation>
    </message>
    <message>
        <source>BMS overstates health in the chosen slot</source>
        <translation>BMS melebihkan kesehatan di slot terpilih</translation>
    </message>
    <message>
        <source>E-stop pressed</source>
        <translation>Henti darurat ditekan</translation>
    </message>
    <message>
        <source>Light curtain interrupted</source>
        <translation>Tirai cahaya terputus</translation>
    </message>
    <message>
        <source>Controller stops answering</source>
        <translation>Kontroler berhenti menjawab</translation>
    </message>
    <message>
        <source>Serial cable pulled</source>
        <translation>Kabel serial dicabut</translation>
    </message>
    <message>
        <source>Damaged answers</source>
        <translation>Jawaban rusak</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Jawaban lambat</translation>
    </message>
    <message>
        <source>Answers lost</source>
        <translation>Jawaban hilang</translation>
    </message>
    <message>
        <source>Noise on the line</source>
        <translation>Derau di jalur</translation>
    </message>
    <message>
        <source>Controller heartbeat stops</source>
        <translation>Heartbeat kontroler berhenti</translation>
    </message>
    <message>
        <source>Controller restarts</source>
        <translation>Kontroler dimulai ulang</translation>
    </message>
    <message>
        <source>The vehicle left the bay.</source>
        <translation>Kendaraan telah keluar dari area.</translation>
    </message>
    <message>
        <source>Injected faults cleared.</source>
        <translation>Gangguan yang dipicu sudah dihapus.</translation>
    </message>
    <message>
        <source>E-stop circuit reset at the cabinet: confirm with a reset at the console.</source>
        <translation>Sirkuit henti darurat di-reset di kabinet: konfirmasi dengan reset di konsol.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>Area kosong.</translation>
    </message>
    <message>
        <source>The bay&apos;s start button was pressed: the controller starts a swap.</source>
        <translation>Tombol mulai di area ditekan: kontroler memulai penukaran.</translation>
    </message>
    <message>
        <source>A swap is running: the vehicle is locked in the bay.</source>
        <translation>Penukaran sedang berjalan: kendaraan terkunci di area.</translation>
    </message>
    <message>
        <source>A vehicle is already in the bay: tap Vehicle leaves first.</source>
        <translation>Sudah ada kendaraan di area: ketuk Kendaraan keluar dulu.</translation>
    </message>
    <message>
        <source>SIMULATION: training controls</source>
        <translation>SIMULASI: kontrol pelatihan</translation>
    </message>
    <message>
        <source>These controls act on the simulated station only. A vehicle sent in drives into the bay as a real one would.</source>
        <translation>Kontrol ini hanya bekerja pada stasiun simulasi. Kendaraan yang dikirim masuk ke area seperti kendaraan sungguhan.</translation>
    </message>
    <message>
        <source>Send a vehicle into the bay</source>
        <translation>Kirim kendaraan ke area</translation>
    </message>
    <message>
        <source>Random vehicle</source>
        <translation>Kendaraan acak</translation>
    </message>
    <message>
        <source>Vehicle that parks badly</source>
        <translation>Kendaraan parkir tidak tepat</translation>
    </message>
    <message>
        <source>Vehicle leaves</source>
        <translation>Kendaraan keluar</translation>
    </message>
    <message>
        <source>Attendant presses the bay&apos;s start button</source>
        <translation>Petugas menekan tombol mulai di area</translation>
    </message>
    <message>
        <source>Inject a fault (slot faults act on the chosen slot)</source>
        <translation>Picu gangguan (gangguan slot berlaku pada slot terpilih)</translation>
    </message>
    <message>
        <source>Clear injected faults</source>
        <translation>Hapus gangguan yang dipicu</translation>
    </message>
    <message>
        <source>E-stop reset key at the cabinet</source>
        <translation>Kunci reset henti darurat di kabinet</translation>
    </message>
    <message>
        <source>Tap a control: what the simulator did shows here.</source>
        <translation>Ketuk kontrol: tindakan simulator tampil di sini.</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (slot %2)</translation>
    </message>
    <message>
        <source>%1 drives into the bay.</source>
        <translation>%1 masuk ke area.</translation>
    </message>
    <message>
        <source>Slot %1 holds no pack: choose another slot.</source>
        <translation>Slot %1 tidak berisi baterai: pilih slot lain.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Tidak dilakukan: %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Read a badge</source>
        <translation>Baca kartu</translation>
    </message>
    <message>
        <source>Take the badge away</source>
        <translation>Hapus kartu</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>PIN baru untuk %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 punya PIN baru.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 ditambahkan.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 diaktifkan.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>Show %1&apos;s badge to the reader now.</source>
        <translation>Tempelkan kartu %1 ke pembaca sekarang.</translation>
    </message>
    <message>
        <source>%1 has no badge now.</source>
        <translation>%1 sekarang tidak punya kartu.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is read.</source>
        <translation>Kartu %1 terbaca.</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The vehicle&apos;s plate:</source>
        <translation>Pelat kendaraan:</translation>
    </message>
    <message>
        <source>%1: its fleet (the keyboard, or one plugged in):</source>
        <translation>%1: armadanya (keyboard layar, atau keyboard yang dicolokkan):</translation>
    </message>
    <message>
        <source>%1: its model (may stay empty), then OK:</source>
        <translation>%1: modelnya (boleh kosong), lalu OK:</translation>
    </message>
    <message>
        <source>%1: its pack type:</source>
        <translation>%1: tipe baterainya:</translation>
    </message>
    <message>
        <source>%1: how many pack blocks it carries:</source>
        <translation>%1: jumlah blok baterai yang dibawa:</translation>
    </message>
    <message>
        <source>%1: its fleet is needed: type it, then OK.</source>
        <translation>%1: armadanya wajib diisi: ketik, lalu OK.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <source>Plate</source>
        <translation>Pelat</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Armada</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Tipe baterai</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>NONAKTIF</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktif</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Only a signed-in technician or supervisor changes the vehicle registry: sign in to add, edit, disable or import.</source>
        <translation>Hanya teknisi atau supervisor yang sudah masuk yang dapat mengubah daftar kendaraan: masuk untuk menambah, mengedit, menonaktifkan, atau mengimpor.</translation>
    </message>
    <message>
        <source>Find a plate</source>
        <translation>Cari pelat</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Tambah kendaraan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Impor dari CSV</translation>
    </message>
    <message>
        <source>Plates holding:</source>
        <translation>Pelat berisi:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Lihat semua</translation>
    </message>
    <message>
        <source>Tap the CSV file: a USB stick, or the data directory. Its first line names the columns plate, fleet, model, pack_type, blocks (tags if any).</source>
        <translation>Ketuk file CSV: di flashdisk USB, atau di direktori data. Baris pertamanya berisi nama kolom plate, fleet, model, pack_type, blocks (tags jika ada), yaitu pelat, armada, model, tipe baterai, jumlah blok (dan tag).</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>Impor file ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Cari: %1</translation>
    </message>
    <message>
        <source>Editing %1: the plate stays (a new plate is a new vehicle: add it).</source>
        <translation>Mengedit %1: pelat tetap (pelat baru berarti kendaraan baru: tambahkan).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Mencatat…</translation>
    </message>
    <message>
        <source>Tap the file to import.</source>
        <translation>Ketuk file yang akan diimpor.</translation>
    </message>
    <message>
        <source>No CSV file found: plug in the USB stick with the vehicle list (or put the file in the data directory) and tap Import from CSV again.</source>
        <translation>File CSV tidak ditemukan: colokkan flashdisk USB berisi daftar kendaraan (atau taruh file di direktori data) lalu ketuk Impor dari CSV lagi.</translation>
    </message>
    <message>
        <source>Import %1? Every line is checked first: one wrong line and nothing changes.</source>
        <translation>Impor %1? Setiap baris diperiksa dulu: satu baris salah berarti tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
</context>
<context>
    <name>_Keys</name>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
</context>
<context>
    <name>_Pad</name>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
