<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>No alarms</source>
        <translation>Tiada penggera</translation>
    </message>
    <message>
        <source>Alarms ›</source>
        <translation>Penggera ›</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>tap here and acknowledge it</source>
        <translation>ketik di sini dan akuinya</translation>
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
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Berlaku</translation>
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
        <translation>Penggera</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Semua keutamaan</translation>
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
        <translation>Ditangguh</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tidak beroperasi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>Tiada penggera</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Akui semua</translation>
    </message>
    <message>
        <source>Tap an alarm to see its cause and what to do.</source>
        <translation>Ketik penggera untuk melihat punca dan tindakannya.</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Lihat pek</translation>
    </message>
    <message>
        <source>History since the console started</source>
        <translation>Sejarah sejak konsol dimulakan</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Akui</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Set semula</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>Tangguh…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Batal tangguh</translation>
    </message>
    <message>
        <source>Why is it shelved? (the reason is journaled)</source>
        <translation>Mengapa ditangguh? (sebabnya dicatat dalam jurnal)</translation>
    </message>
    <message>
        <source>Nuisance: a known instrument fault, repair ordered</source>
        <translation>Gangguan: kerosakan alat yang diketahui, pembaikan telah dipesan</translation>
    </message>
    <message>
        <source>Maintenance work on this equipment</source>
        <translation>Kerja penyelenggaraan pada peralatan ini</translation>
    </message>
    <message>
        <source>Waiting for a spare part</source>
        <translation>Menunggu alat ganti</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Shelve now</source>
        <translation>Tangguhkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No alarms in this view</source>
        <translation>Tiada penggera dalam paparan ini</translation>
    </message>
    <message>
        <source>No alarm selected.</source>
        <translation>Tiada penggera dipilih.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Keadaan: %1</translation>
    </message>
    <message>
        <source>FIRST OUT: this alarm came first; the others may follow from it.</source>
        <translation>PERTAMA: penggera ini berlaku dahulu; yang lain mungkin berpunca daripadanya.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Punca: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
    <message>
        <source>The cause is gone; the alarm stays until it is reset.</source>
        <translation>Punca sudah hilang; penggera kekal sehingga diset semula.</translation>
    </message>
    <message>
        <source>Shelved until %1: %2</source>
        <translation>Ditangguh hingga %1: %2</translation>
    </message>
    <message>
        <source>The controller still holds this fault: Reset asks you to confirm the bay is clear, then resets it at the controller.</source>
        <translation>Pengawal masih menahan kerosakan ini: Set semula meminta anda mengesahkan petak bebas halangan, kemudian menetapkannya semula di pengawal.</translation>
    </message>
    <message>
        <source>FIRST OUT: another alarm followed within %1 s</source>
        <translation>PERTAMA: penggera lain menyusul dalam %1 s</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Diakui.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>%n penggera diakui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm was acknowledged.</source>
        <translation>Tiada penggera diakui.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>pengendali</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>juruteknik</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>that needs the %1 role</source>
        <translation>itu memerlukan peranan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged: %1.</source>
        <translation>
            <numerusform>%n tidak diakui: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain? Tap Reset again to reset at the controller.</source>
        <translation>Adakah petak bebas halangan, dan tiada orang di dalam tirai cahaya? Ketik Set semula sekali lagi untuk set semula di pengawal.</translation>
    </message>
    <message>
        <source>Reset sent to the controller; the alarm clears when the controller clears the fault.</source>
        <translation>Set semula dihantar ke pengawal; penggera hilang apabila pengawal memulihkan kerosakan.</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>Diset semula.</translation>
    </message>
    <message>
        <source>Choose a reason and how long, then Shelve now.</source>
        <translation>Pilih sebab dan tempoh, kemudian Tangguhkan.</translation>
    </message>
    <message>
        <source>Choose why the alarm is shelved first.</source>
        <translation>Pilih dahulu sebab penggera ditangguh.</translation>
    </message>
    <message>
        <source>Shelved for %1 min.</source>
        <translation>Ditangguh selama %1 min.</translation>
    </message>
    <message>
        <source>Unshelved.</source>
        <translation>Tangguh dibatalkan.</translation>
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
        <translation>SEDERHANA</translation>
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
        <translation>Pulih, belum diakui</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Ditangguh</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>Disekat mengikut reka bentuk</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tidak beroperasi</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>pengawal</translation>
    </message>
    <message>
        <source>station</source>
        <translation>stesen</translation>
    </message>
    <message>
        <source>console</source>
        <translation>konsol</translation>
    </message>
    <message>
        <source>link</source>
        <translation>pautan</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>jurnal</translation>
    </message>
    <message>
        <source>bay</source>
        <translation>petak</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>slot %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>pek %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>E-stop</source>
        <translation>Henti kecemasan</translation>
    </message>
    <message>
        <source>An emergency stop was pressed; all motion stopped.</source>
        <translation>Henti kecemasan telah ditekan; semua pergerakan berhenti.</translation>
    </message>
    <message>
        <source>Make the bay safe, reset the E-stop at the cabinet, then reset here.</source>
        <translation>Pastikan petak selamat, set semula henti kecemasan di kabinet, kemudian set semula di sini.</translation>
    </message>
    <message>
        <source>Lock jam</source>
        <translation>Kunci tersekat</translation>
    </message>
    <message>
        <source>A lock head jammed during (un)locking.</source>
        <translation>Kepala kunci tersekat semasa mengunci atau membuka kunci.</translation>
    </message>
    <message>
        <source>Stop the swap; a technician checks the lock head in maintenance mode.</source>
        <translation>Hentikan penukaran; juruteknik memeriksa kepala kunci dalam mod penyelenggaraan.</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Lif terlebih beban</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read above its limit.</source>
        <translation>Sel beban lif membaca melebihi hadnya.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician inspects the pack and the lift.</source>
        <translation>Jauhi lif; juruteknik memeriksa pek dan lif.</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Troli tidak sejajar</translation>
    </message>
    <message>
        <source>The shuttle stopped off its slot.</source>
        <translation>Troli berhenti tersasar dari slotnya.</translation>
    </message>
    <message>
        <source>A technician realigns the shuttle in maintenance mode.</source>
        <translation>Juruteknik menjajarkan semula troli dalam mod penyelenggaraan.</translation>
    </message>
    <message>
        <source>HV interlock</source>
        <translation>Saling kunci HV</translation>
    </message>
    <message>
        <source>The vehicle&apos;s HV interlock loop is open.</source>
        <translation>Gelung saling kunci HV kenderaan terbuka.</translation>
    </message>
    <message>
        <source>Do not release the vehicle; check the pack connector and retry verification.</source>
        <translation>Jangan lepaskan kenderaan; periksa penyambung pek dan cuba pengesahan semula.</translation>
    </message>
    <message>
        <source>Insulation low</source>
        <translation>Penebatan rendah</translation>
    </message>
    <message>
        <source>A pack&apos;s insulation resistance is below 100 ohm/V.</source>
        <translation>Rintangan penebatan pek di bawah 100 ohm/V.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it. A technician acknowledges.</source>
        <translation>Kuarantinkan pek; jangan cas atau pasang. Juruteknik mengakui penggera.</translation>
    </message>
    <message>
        <source>Pack identity mismatch</source>
        <translation>Identiti pek tidak sepadan</translation>
    </message>
    <message>
        <source>The installed pack is not the planned one.</source>
        <translation>Pek yang dipasang bukan pek yang dirancang.</translation>
    </message>
    <message>
        <source>Hold the vehicle; check the pack code against the plan.</source>
        <translation>Tahan kenderaan; semak kod pek dengan pelan.</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Pengecas rosak</translation>
    </message>
    <message>
        <source>A slot&apos;s charger reported a fault.</source>
        <translation>Pengecas slot melaporkan kerosakan.</translation>
    </message>
    <message>
        <source>Reset the charger; if it repeats, disable the slot and call a technician.</source>
        <translation>Set semula pengecas; jika berulang, nyahdayakan slot dan panggil juruteknik.</translation>
    </message>
    <message>
        <source>BMS handshake</source>
        <translation>Jabat tangan BMS</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS did not answer the check.</source>
        <translation>BMS pek tidak menjawab semakan.</translation>
    </message>
    <message>
        <source>Retry verification; if it fails again, swap the pack out.</source>
        <translation>Cuba pengesahan semula; jika gagal lagi, tukar keluar pek itu.</translation>
    </message>
    <message>
        <source>Light curtain</source>
        <translation>Tirai cahaya</translation>
    </message>
    <message>
        <source>Someone crossed the bay light curtain.</source>
        <translation>Seseorang melintasi tirai cahaya petak.</translation>
    </message>
    <message>
        <source>Clear the bay, then reset.</source>
        <translation>Pastikan petak bebas halangan, kemudian set semula.</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>The controller stopped seeing this console&apos;s heartbeat and held motion.</source>
        <translation>Pengawal tidak lagi menerima denyutan konsol ini dan menahan pergerakan.</translation>
    </message>
    <message>
        <source>Check the link. Motion stays held until someone here checks the bay and taps Resume on the main page (or aborts the swap).</source>
        <translation>Periksa pautan. Pergerakan kekal ditahan sehingga seseorang di sini memeriksa petak dan mengetik Sambung di halaman utama (atau membatalkan penukaran).</translation>
    </message>
    <message>
        <source>Controller restart</source>
        <translation>Pengawal dimulakan semula</translation>
    </message>
    <message>
        <source>The controller restarted during a swap.</source>
        <translation>Pengawal dimulakan semula semasa penukaran.</translation>
    </message>
    <message>
        <source>Check the bay, then reset and follow the guided recovery.</source>
        <translation>Periksa petak, kemudian set semula dan ikut pemulihan berpandu.</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>Pintu terbuka</translation>
    </message>
    <message>
        <source>A station door is open: nothing moves and no swap starts while it is.</source>
        <translation>Pintu stesen terbuka: tiada yang bergerak dan tiada penukaran bermula selagi pintu terbuka.</translation>
    </message>
    <message>
        <source>Close the door; a swap it stopped needs a reset once it is closed.</source>
        <translation>Tutup pintu; penukaran yang terhenti kerananya perlu diset semula selepas pintu ditutup.</translation>
    </message>
    <message>
        <source>Vehicle HV on</source>
        <translation>HV kenderaan hidup</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its HV off, so the controller stopped the swap before any lock moved.</source>
        <translation>Kenderaan tidak mengesahkan HV dimatikan, jadi pengawal menghentikan penukaran sebelum sebarang kunci bergerak.</translation>
    </message>
    <message>
        <source>Ask the driver to switch the vehicle off and keep it off; then reset and start the swap again.</source>
        <translation>Minta pemandu mematikan kenderaan dan biarkan ia mati; kemudian set semula dan mulakan penukaran semula.</translation>
    </message>
    <message>
        <source>Parking brake off</source>
        <translation>Brek tangan dilepas</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its parking brake, so the controller stopped the swap before any lock moved.</source>
        <translation>Kenderaan tidak mengesahkan brek tangannya, jadi pengawal menghentikan penukaran sebelum sebarang kunci bergerak.</translation>
    </message>
    <message>
        <source>Ask the driver to set the parking brake; then reset and start the swap again.</source>
        <translation>Minta pemandu menarik brek tangan; kemudian set semula dan mulakan penukaran semula.</translation>
    </message>
    <message>
        <source>Load mismatch</source>
        <translation>Beban tidak sepadan</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read a mass that does not match the pack&apos;s type: a wrong or damaged pack, or a faulty load cell.</source>
        <translation>Sel beban lif membaca jisim yang tidak sepadan dengan jenis pek: pek salah atau rosak, atau sel beban rosak.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician checks the pack and the load cell, then resets.</source>
        <translation>Jauhi lif; juruteknik memeriksa pek dan sel beban, kemudian set semula.</translation>
    </message>
    <message>
        <source>Lock torque low</source>
        <translation>Tork kunci rendah</translation>
    </message>
    <message>
        <source>A lock head ended below its locking torque (180-250 Nm): it may not hold the pack.</source>
        <translation>Kepala kunci berakhir di bawah tork pengunciannya (180-250 Nm): ia mungkin tidak dapat menahan pek.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay; a technician unlocks and locks the head again in maintenance mode, then resets.</source>
        <translation>Biarkan kenderaan di petak; juruteknik membuka kunci dan mengunci semula kepala dalam mod penyelenggaraan, kemudian set semula.</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Penentuan kedudukan gagal</translation>
    </message>
    <message>
        <source>The vehicle could not be positioned within tolerance after 3 tries.</source>
        <translation>Kedudukan kenderaan tidak dapat ditentukan dalam had toleransi selepas 3 percubaan.</translation>
    </message>
    <message>
        <source>Guide the driver back and retry positioning.</source>
        <translation>Bimbing pemandu berundur dan ulang kedudukan.</translation>
    </message>
    <message>
        <source>Swap aborted</source>
        <translation>Penukaran dibatalkan</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence.</source>
        <translation>Penukaran dibatalkan di tengah urutan.</translation>
    </message>
    <message>
        <source>Check the bay and reset to let the controller recover.</source>
        <translation>Periksa petak dan set semula supaya pengawal dapat pulih.</translation>
    </message>
    <message>
        <source>Swap aborted, vehicle in bay</source>
        <translation>Penukaran dibatalkan, kenderaan di petak</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence with the vehicle still in the bay: it may be without a pack, or with its pack half out.</source>
        <translation>Penukaran dibatalkan di tengah urutan dengan kenderaan masih di petak: ia mungkin tanpa pek, atau peknya separuh keluar.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, then reset and follow the guided recovery before the vehicle leaves.</source>
        <translation>Biarkan kenderaan di petak dan pemandu di luarnya. Periksa pek dan lif, kemudian set semula dan ikut pemulihan berpandu sebelum kenderaan keluar.</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>Pautan terputus</translation>
    </message>
    <message>
        <source>The console lost the link to the station controller.</source>
        <translation>Konsol terputus pautan dengan pengawal stesen.</translation>
    </message>
    <message>
        <source>Check the serial cable and the controller&apos;s power; the console reconnects by itself.</source>
        <translation>Periksa kabel bersiri dan kuasa pengawal; konsol akan bersambung semula sendiri.</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>Pautan merosot</translation>
    </message>
    <message>
        <source>The link to the controller needs retries (noise, a loose connector, a slow controller) but still works.</source>
        <translation>Pautan ke pengawal memerlukan cubaan semula (hingar, penyambung longgar, pengawal lambat) tetapi masih berfungsi.</translation>
    </message>
    <message>
        <source>Check the RS-485 cabling, its termination and shield; run &apos;operator-app link check&apos; with --trace to see the frames.</source>
        <translation>Periksa pendawaian RS-485, penamatan dan perisainya; jalankan &apos;operator-app link check&apos; dengan --trace untuk melihat bingkai pautan.</translation>
    </message>
    <message>
        <source>Journal disk full</source>
        <translation>Cakera jurnal penuh</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full; records go into the journal&apos;s reserve space, then wait in memory, and telemetry is thinned.</source>
        <translation>Cakera terminal penuh; rekod masuk ke ruang simpanan jurnal, kemudian menunggu dalam memori, dan telemetri dikurangkan.</translation>
    </message>
    <message>
        <source>Free space on the terminal now (old exports, logs); waiting records are written when space returns.</source>
        <translation>Kosongkan ruang pada terminal sekarang (eksport lama, log); rekod yang menunggu ditulis apabila ruang tersedia semula.</translation>
    </message>
    <message>
        <source>Journal failed</source>
        <translation>Jurnal gagal</translation>
    </message>
    <message>
        <source>The station journal cannot be written.</source>
        <translation>Jurnal stesen tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Call a technician: swaps are not being recorded.</source>
        <translation>Panggil juruteknik: penukaran tidak direkodkan.</translation>
    </message>
    <message>
        <source>Sync down</source>
        <translation>Segerak terhenti</translation>
    </message>
    <message>
        <source>The oldest record not yet sent to the fleet is older than the station&apos;s limit (24 hours unless configured): the broker has been unreachable that long.</source>
        <translation>Rekod tertua yang belum dihantar ke armada melebihi had stesen (24 jam jika tidak ditetapkan): broker tidak dapat dihubungi selama itu.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s network; records are kept and go when the broker is back. A station with no network hands them over on a USB stick (operator-app sync export).</source>
        <translation>Periksa rangkaian terminal; rekod disimpan dan dihantar apabila broker kembali. Stesen tanpa rangkaian menyerahkannya dengan pemacu USB (operator-app sync export).</translation>
    </message>
    <message>
        <source>Sync backlog full</source>
        <translation>Tunggakan segerak penuh</translation>
    </message>
    <message>
        <source>The records waiting for the fleet take more disk than their budget. None is dropped.</source>
        <translation>Rekod yang menunggu untuk armada menggunakan cakera melebihi peruntukannya. Tiada yang dibuang.</translation>
    </message>
    <message>
        <source>Bring the network back, or hand the records over on a USB stick (operator-app sync export); a technician may raise budget_mb under [sync].</source>
        <translation>Pulihkan rangkaian, atau serahkan rekod dengan pemacu USB (operator-app sync export); juruteknik boleh menaikkan budget_mb di bawah [sync].</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Segerak ditolak</translation>
    </message>
    <message>
        <source>The fleet&apos;s broker refuses this station (its credentials, its certificate, a topic its ACL denies, or a station id that changed): records wait.</source>
        <translation>Broker armada menolak stesen ini (kelayakannya, sijilnya, topik yang dinafikan ACL, atau id stesen yang berubah): rekod menunggu.</translation>
    </message>
    <message>
        <source>Call a technician: the station details page says what was refused; the [sync] settings or the broker&apos;s ACL need fixing.</source>
        <translation>Panggil juruteknik: halaman butiran stesen menyatakan apa yang ditolak; tetapan segerak [sync] atau ACL broker perlu dibaiki.</translation>
    </message>
    <message>
        <source>Quarantined pack in swap</source>
        <translation>Pek dikuarantin dalam penukaran</translation>
    </message>
    <message>
        <source>A swap the console did not plan (the bay&apos;s button, another terminal) is taking a pack that is in quarantine.</source>
        <translation>Penukaran yang tidak dirancang oleh konsol (butang petak, terminal lain) sedang mengambil pek yang dikuarantin.</translation>
    </message>
    <message>
        <source>Abort the swap while the vehicle is in the bay; if it has left, tell the technician which vehicle has the pack.</source>
        <translation>Batalkan penukaran selagi kenderaan di petak; jika sudah keluar, beritahu juruteknik kenderaan mana yang membawa pek itu.</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Perlu servis</translation>
    </message>
    <message>
        <source>A maintenance counter of the controller (lift cycles, lock cycles or shuttle travel) has reached its service interval ([maintenance] in the settings).</source>
        <translation>Pembilang penyelenggaraan pengawal (kitaran lif, kitaran kunci atau jarak troli) telah mencapai selang servisnya ([maintenance] dalam tetapan).</translation>
    </message>
    <message>
        <source>Plan the service: the maintenance page&apos;s Counters section says which is due. Swaps go on meanwhile.</source>
        <translation>Rancang servis: bahagian Pembilang di halaman penyelenggaraan menunjukkan yang perlu diservis. Penukaran diteruskan sementara itu.</translation>
    </message>
    <message>
        <source>BMS SoH disagrees</source>
        <translation>SoH BMS tidak sepadan</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of health more than 3 points away from the capacity this console measured in the pack&apos;s own charges.</source>
        <translation>BMS pek melaporkan tahap kesihatan yang berbeza lebih daripada 3 mata daripada kapasiti yang diukur oleh konsol ini semasa pengecasan pek itu sendiri.</translation>
    </message>
    <message>
        <source>Trust the measured capacity (the pack page shows both); a technician checks the BMS&apos;s calibration, or quarantines the pack.</source>
        <translation>Percayai kapasiti yang diukur (halaman pek menunjukkan kedua-duanya); juruteknik memeriksa penentukuran BMS, atau mengkuarantin pek.</translation>
    </message>
    <message>
        <source>Pack temperature difference</source>
        <translation>Beza suhu pek</translation>
    </message>
    <message>
        <source>Pack high temperature</source>
        <translation>Suhu pek tinggi</translation>
    </message>
    <message>
        <source>Pack over voltage</source>
        <translation>Voltan pek terlebih</translation>
    </message>
    <message>
        <source>Pack under voltage</source>
        <translation>Voltan pek terkurang</translation>
    </message>
    <message>
        <source>Pack SoC low</source>
        <translation>SoC pek rendah</translation>
    </message>
    <message>
        <source>Pack cell over voltage</source>
        <translation>Voltan sel pek terlebih</translation>
    </message>
    <message>
        <source>Pack cell under voltage</source>
        <translation>Voltan sel pek terkurang</translation>
    </message>
    <message>
        <source>Pack SoC high</source>
        <translation>SoC pek tinggi</translation>
    </message>
    <message>
        <source>Pack SoC jump</source>
        <translation>SoC pek melonjak</translation>
    </message>
    <message>
        <source>Pack storage mismatch</source>
        <translation>Storan pek tidak sepadan</translation>
    </message>
    <message>
        <source>Pack poor cell consistency</source>
        <translation>Konsistensi sel pek lemah</translation>
    </message>
    <message>
        <source>Pack insulation failure</source>
        <translation>Kegagalan penebatan pek</translation>
    </message>
    <message>
        <source>Pack DC-DC temperature</source>
        <translation>Suhu DC-DC pek</translation>
    </message>
    <message>
        <source>Pack brake</source>
        <translation>Brek pek</translation>
    </message>
    <message>
        <source>Pack DC-DC status</source>
        <translation>Status DC-DC pek</translation>
    </message>
    <message>
        <source>Pack motor controller temperature</source>
        <translation>Suhu pengawal motor pek</translation>
    </message>
    <message>
        <source>Pack HV interlock</source>
        <translation>Saling kunci HV pek</translation>
    </message>
    <message>
        <source>Pack motor temperature</source>
        <translation>Suhu motor pek</translation>
    </message>
    <message>
        <source>Pack over charge</source>
        <translation>Pek terlebih cas</translation>
    </message>
    <message>
        <source>Pack unknown</source>
        <translation>Pek: tidak dikenali</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports too large a temperature difference inside the pack.</source>
        <translation>BMS pek melaporkan perbezaan suhu yang terlalu besar di dalam pek.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high temperature.</source>
        <translation>BMS pek melaporkan suhu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too high.</source>
        <translation>BMS pek melaporkan voltan pek terlalu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too low.</source>
        <translation>BMS pek melaporkan voltan pek terlalu rendah.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a low state of charge.</source>
        <translation>BMS pek melaporkan keadaan cas rendah.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too high.</source>
        <translation>BMS pek melaporkan voltan sel terlalu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too low.</source>
        <translation>BMS pek melaporkan voltan sel terlalu rendah.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of charge too high.</source>
        <translation>BMS pek melaporkan keadaan cas terlalu tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a sudden jump of the state of charge.</source>
        <translation>BMS pek melaporkan lonjakan mendadak keadaan cas.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports that the pack does not match the vehicle&apos;s energy storage.</source>
        <translation>BMS pek melaporkan bahawa pek tidak sepadan dengan storan tenaga kenderaan.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports poor consistency between its cells.</source>
        <translation>BMS pek melaporkan konsistensi yang lemah antara sel-selnya.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an insulation failure.</source>
        <translation>BMS pek melaporkan kegagalan penebatan.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high DC-DC converter temperature.</source>
        <translation>BMS pek melaporkan suhu penukar DC-DC yang tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a brake system alarm.</source>
        <translation>BMS pek melaporkan penggera sistem brek.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a DC-DC converter fault.</source>
        <translation>BMS pek melaporkan kerosakan penukar DC-DC.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor controller temperature.</source>
        <translation>BMS pek melaporkan suhu pengawal motor yang tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports its HV interlock open.</source>
        <translation>BMS pek melaporkan saling kunci HV terbuka.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor temperature.</source>
        <translation>BMS pek melaporkan suhu motor yang tinggi.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack overcharged.</source>
        <translation>BMS pek melaporkan pek terlebih cas.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an alarm this console does not know.</source>
        <translation>BMS pek melaporkan penggera yang tidak dikenali oleh konsol ini.</translation>
    </message>
    <message>
        <source>Stop charging the pack and let it cool; quarantine if it repeats.</source>
        <translation>Hentikan pengecasan pek dan biarkan ia sejuk; kuarantinkan jika berulang.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s cooling; quarantine if it repeats.</source>
        <translation>Periksa penyejukan pek; kuarantinkan jika berulang.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it.</source>
        <translation>Kuarantinkan pek; jangan cas atau pasang.</translation>
    </message>
    <message>
        <source>Stop charging; a technician checks the cell balancing.</source>
        <translation>Hentikan pengecasan; juruteknik memeriksa pengimbangan sel.</translation>
    </message>
    <message>
        <source>Do not install; charge slowly and check the weak cell.</source>
        <translation>Jangan pasang; cas perlahan-lahan dan periksa sel yang lemah.</translation>
    </message>
    <message>
        <source>Schedule a balancing charge; watch the pack&apos;s health.</source>
        <translation>Jadualkan cas pengimbangan; pantau kesihatan pek.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s diagnostics.</source>
        <translation>Periksa diagnostik pek.</translation>
    </message>
    <message>
        <source>The controller reported a fault code this console does not know.</source>
        <translation>Pengawal melaporkan kod kerosakan yang tidak dikenali oleh konsol ini.</translation>
    </message>
    <message>
        <source>Look the code up in the controller&apos;s manual.</source>
        <translation>Cari kod itu dalam manual pengawal.</translation>
    </message>
</context>
<context>
    <name>BayCamera</name>
    <message>
        <source>camera %1 is configured, but Qt Multimedia is not installed (pip install &apos;operator-app[camera]&apos;)</source>
        <translation>kamera %1 telah dikonfigurasi, tetapi Qt Multimedia tidak dipasang (pip install &apos;operator-app[camera]&apos;)</translation>
    </message>
    <message>
        <source>camera %1: no such local camera (%2 found)</source>
        <translation>kamera %1: tiada kamera tempatan sedemikian (%2 dijumpai)</translation>
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
        <translation>menunggu stesen</translation>
    </message>
    <message>
        <source>bay empty</source>
        <translation>petak kosong</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>tunggu</translation>
    </message>
    <message>
        <source>STOP: in position</source>
        <translation>BERHENTI: di kedudukan</translation>
    </message>
    <message>
        <source>forward %1 m</source>
        <translation>maju %1 m</translation>
    </message>
    <message>
        <source>back %1 m</source>
        <translation>undur %1 m</translation>
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
        <translation>tidak sah</translation>
    </message>
    <message>
        <source>offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</source>
        <translation>ofset %1 / %2 mm   lif %3 mm, %4 kg   troli %5 m</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>lif</translation>
    </message>
    <message>
        <source>no camera configured: bay drawn from the positioning sensors</source>
        <translation>tiada kamera dikonfigurasi: petak dilukis daripada penderia kedudukan</translation>
    </message>
    <message>
        <source>STALE, %1: last known position</source>
        <translation>LAPUK, %1: kedudukan terakhir diketahui</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>pautan terputus</translation>
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
        <translation>jam dari permulaan pengecasan</translation>
    </message>
    <message>
        <source>Charging sessions of %1</source>
        <translation>Sesi pengecasan %1</translation>
    </message>
    <message>
        <source>The journal holds no charging session of pack %1.</source>
        <translation>Jurnal tiada sesi pengecasan bagi pek %1.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaharu dahulu</translation>
    </message>
    <message>
        <source>%1 % to %2 %, %3 h</source>
        <translation>%1 % ke %2 %, %3 h</translation>
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
        <translation>Konfigurasi: %1; bahasa Inggeris digunakan</translation>
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
        <translation>di petak sekarang, ditukar hari ini pada %1</translation>
    </message>
    <message>
        <source>in the bay now</source>
        <translation>di petak sekarang</translation>
    </message>
    <message>
        <source>swapped today at %1</source>
        <translation>ditukar hari ini pada %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>dijangka</translation>
    </message>
</context>
<context>
    <name>FirstConsole</name>
    <message>
        <source>Swap station console %1</source>
        <translation>Konsol stesen tukar bateri %1</translation>
    </message>
    <message>
        <source>SIMULATION: this console is connected to the simulated station, not to real equipment</source>
        <translation>SIMULASI: konsol ini disambungkan ke stesen simulasi, bukan ke peralatan sebenar</translation>
    </message>
    <message>
        <source>Link to the station controller</source>
        <translation>Pautan ke pengawal stesen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Talian</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Controller heartbeat</source>
        <translation>Denyutan pengawal</translation>
    </message>
    <message>
        <source>Console heartbeat</source>
        <translation>Denyutan konsol</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Pergi balik</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Kemas kini terakhir</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Fleet sync</source>
        <translation>Segerak armada</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stesen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>Pemasa langkah</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Petak</translation>
    </message>
    <message>
        <source>Active faults</source>
        <translation>Kerosakan aktif</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>tiada penggera</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Penggera</translation>
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
        <translation>Kod pek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
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
        <translation>Peristiwa pautan</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>blok %1 daripada %2</translation>
    </message>
    <message>
        <source>%1 s of %2 s expected</source>
        <translation>%1 s daripada %2 s dijangka</translation>
    </message>
    <message>
        <source>%1: %2, offsets %3 mm / %4 mm</source>
        <translation>%1: %2, ofset %3 mm / %4 mm</translation>
    </message>
    <message>
        <source>unknown plate</source>
        <translation>plat tidak diketahui</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak sah</translation>
    </message>
    <message>
        <source>median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors</source>
        <translation>median %1 ms, p99 %2 ms, %3 transaksi, %4 tamat masa, %5 ralat CRC</translation>
    </message>
    <message>
        <source>%1: %3 | high %4, medium %5, low %6</source>
        <translation>%1: %3 | tinggi %4, sederhana %5, rendah %6</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>merekod</translation>
    </message>
    <message>
        <source>DISK FULL</source>
        <translation>CAKERA PENUH</translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation>TIDAK MEREKOD</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>belum ada data</translation>
    </message>
    <message>
        <source>No data from the station controller yet</source>
        <translation>Belum ada data daripada pengawal stesen</translation>
    </message>
    <message>
        <source>%1 s ago (poll %2)</source>
        <translation>%1 s lalu (tinjauan %2)</translation>
    </message>
    <message>
        <source>STALE: the values below are from %1, %2 s ago; the link to the controller is down</source>
        <translation>LAPUK: nilai di bawah dari %1, %2 s lalu; pautan ke pengawal terputus</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>First start: the station&apos;s supervisor</source>
        <translation>Permulaan pertama: penyelia stesen</translation>
    </message>
    <message>
        <source>No supervisor is set up on this station yet. The supervisor decides who may work here: make yours now (or later from Sign in). Swaps run without one.</source>
        <translation>Belum ada penyelia di stesen ini. Penyelia menentukan siapa yang boleh bekerja di sini: cipta penyelia anda sekarang (atau kemudian dari Log masuk). Penukaran tetap berjalan tanpanya.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>packs</source>
        <translation>pek</translation>
    </message>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Kesihatan armada</translation>
    </message>
    <message>
        <source>The journal holds no pack with a SoH yet.</source>
        <translation>Jurnal belum ada pek dengan SoH.</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>akhir hayat</translation>
    </message>
    <message>
        <source>Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only (hatched)</source>
        <translation>Kesihatan armada: %1 pek, median SoH %2 %; %3 diukur, %4 oleh BMS sahaja (berlorek)</translation>
    </message>
    <message>
        <source>No outliers: every pack is within 2 standard deviations of the median and above the end of life.</source>
        <translation>Tiada pencilan: setiap pek dalam lingkungan 2 sisihan piawai dari median dan di atas akhir hayat.</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Pencilan</translation>
    </message>
    <message>
        <source>below the end of life</source>
        <translation>di bawah akhir hayat</translation>
    </message>
    <message>
        <source>%1 standard deviations from the median</source>
        <translation>%1 sisihan piawai dari median</translation>
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
        <translation>Masa</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Frame (hex)</source>
        <translation>Bingkai (hex)</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Kependaman</translation>
    </message>
    <message>
        <source>Exception or problem</source>
        <translation>Pengecualian atau masalah</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ dihantar</translation>
    </message>
    <message>
        <source>← answer</source>
        <translation>← jawapan</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(tiada)</translation>
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
        <translation>pengecualian %1</translation>
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
        <translation>sesi tidak cukup untuk trend (%1 baik; trend memerlukan %2 dalam %3 hari)</translation>
    </message>
    <message>
        <source>no decline measured (%1 points a year): no end of life in sight</source>
        <translation>tiada penurunan diukur (%1 mata setahun): akhir hayat belum kelihatan</translation>
    </message>
    <message>
        <source>below %1 % since about %2</source>
        <translation>di bawah %1 % sejak kira-kira %2</translation>
    </message>
    <message>
        <source>falls %1 points a year: reaches %2 % around %3</source>
        <translation>turun %1 mata setahun: mencapai %2 % sekitar %3</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Kesihatan %1</translation>
    </message>
    <message>
        <source>The journal holds no health record of pack %1.</source>
        <translation>Jurnal tiada rekod kesihatan bagi pek %1.</translation>
    </message>
    <message>
        <source>Measured SoH %1 % (last of %2 good sessions)</source>
        <translation>SoH diukur %1 % (terakhir daripada %2 sesi baik)</translation>
    </message>
    <message>
        <source>the BMS says %1 %</source>
        <translation>BMS menyatakan %1 %</translation>
    </message>
    <message>
        <source>BMS SoH</source>
        <translation>SoH BMS</translation>
    </message>
    <message>
        <source>measured (good sessions)</source>
        <translation>diukur (sesi baik)</translation>
    </message>
    <message>
        <source>trend of the measured SoH</source>
        <translation>trend SoH diukur</translation>
    </message>
    <message>
        <source>end of life %1 %</source>
        <translation>akhir hayat %1 %</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify the vehicle</source>
        <translation>Kenal pasti kenderaan</translation>
    </message>
    <message>
        <source>Plate (2-12 letters and digits), or scan</source>
        <translation>Plat (2-12 huruf dan digit), atau imbas</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Kenal pasti</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Dijangka hari ini</translation>
    </message>
    <message>
        <source>Expected today (tap to identify)</source>
        <translation>Dijangka hari ini (ketik untuk kenal pasti)</translation>
    </message>
    <message>
        <source>Type the plate, scan the vehicle&apos;s code, or tap it in the list.</source>
        <translation>Taip plat, imbas kod kenderaan, atau ketik kenderaan dalam senarai.</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 telah ditukar pada %2 hari ini: semak sebelum menukar lagi</translation>
    </message>
    <message>
        <source>Type the plate first, or tap a vehicle in the list.</source>
        <translation>Taip plat dahulu, atau ketik kenderaan dalam senarai.</translation>
    </message>
    <message>
        <source>Identify anyway</source>
        <translation>Kenal pasti juga</translation>
    </message>
    <message>
        <source>Not identified: %1</source>
        <translation>Tidak dikenal pasti: %1</translation>
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
        <translation>Sahkan jurnal</translation>
    </message>
    <message>
        <source>Export: how far back</source>
        <translation>Eksport: tempoh ke belakang</translation>
    </message>
    <message>
        <source>Export: tap the folder to write to</source>
        <translation>Eksport: ketik folder sasaran</translation>
    </message>
    <message>
        <source>The journal tools need a signed-in technician.</source>
        <translation>Alat jurnal memerlukan juruteknik yang telah log masuk.</translation>
    </message>
    <message>
        <source>No journal is kept: there is nothing to verify.</source>
        <translation>Tiada jurnal disimpan: tiada apa untuk disahkan.</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Mengesahkan jurnal…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengeksport ke %1…</translation>
    </message>
    <message>
        <source>Journal verified: no problem found.</source>
        <translation>Jurnal disahkan: tiada masalah ditemui.</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: see the lines marked FAIL.</source>
        <translation>MASALAH DITEMUI: lihat baris bertanda FAIL.</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>%1 rekod dieksport ke %2.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was left half written; try another folder.</source>
        <translation>Eksport gagal: %1. Tiada yang tertinggal separuh ditulis; cuba folder lain.</translation>
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
        <translation>Untuk %1: konsol menggunakannya setiap kali mereka log masuk.</translation>
    </message>
    <message>
        <source>For this terminal: the console starts in it. A signed-in person chooses their own.</source>
        <translation>Untuk terminal ini: konsol bermula dalam bahasa ini. Orang yang telah log masuk memilih bahasa sendiri.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Swap station</source>
        <translation>Stesen tukar bateri</translation>
    </message>
    <message>
        <source>%1: swap station console %2</source>
        <translation>%1: konsol stesen tukar bateri %2</translation>
    </message>
    <message>
        <source>MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for the maintenance page.</source>
        <translation>MOD PENYELENGGARAAN: tiada penukaran bermula; pergerakan hanya semasa butang ditahan. Ketik untuk halaman penyelenggaraan.</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Butiran stesen</translation>
    </message>
    <message>
        <source>%1 (simulated station)</source>
        <translation>%1 (stesen simulasi)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>daripada kod sumber</translation>
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
        <translation>Versi %1, pakej kios</translation>
    </message>
    <message>
        <source>About this console:</source>
        <translation>Perihal konsol ini:</translation>
    </message>
    <message>
        <source>Revision %1, built %2</source>
        <translation>Semakan %1, dibina %2</translation>
    </message>
    <message>
        <source>IN: for %1</source>
        <translation>MASUK: untuk %1</translation>
    </message>
    <message>
        <source>OUT: depleted pack goes here</source>
        <translation>KELUAR: pek habis cas ke sini</translation>
    </message>
    <message>
        <source>SIMULATION: not connected to real equipment. Tap here for the training controls.</source>
        <translation>SIMULASI: tidak disambungkan ke peralatan sebenar. Ketik di sini untuk kawalan latihan.</translation>
    </message>
    <message>
        <source>Training users: %1</source>
        <translation>Pengguna latihan: %1</translation>
    </message>
    <message>
        <source>Users: no supervisor yet: tap to make the first</source>
        <translation>Pengguna: belum ada penyelia: ketik untuk mencipta yang pertama</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor manages users.</source>
        <translation>Hanya penyelia yang telah log masuk boleh mengurus pengguna.</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Ketik nama anda, kemudian taip PIN anda (atau tunjukkan kad anda)</translation>
    </message>
    <message>
        <source>Closing the console needs a name and PIN.</source>
        <translation>Menutup konsol memerlukan nama dan PIN.</translation>
    </message>
    <message>
        <source>%1 (no other language installed)</source>
        <translation>%1 (tiada bahasa lain dipasang)</translation>
    </message>
    <message>
        <source>A technician&apos;s name and PIN close the console</source>
        <translation>Nama dan PIN juruteknik diperlukan untuk menutup konsol</translation>
    </message>
    <message>
        <source>%1 for now: not kept for the next start (%2)</source>
        <translation>%1 buat masa ini: tidak disimpan untuk permulaan seterusnya (%2)</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Until put back</source>
        <translation>Hingga dikembalikan</translation>
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
        <translation>Penyelenggaraan</translation>
    </message>
    <message>
        <source>Mode and motion</source>
        <translation>Mod dan pergerakan</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Pembilang</translation>
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
        <translation>Kembali beroperasi</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Nyahdaya pengecas</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Dayakan pengecas</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Alat jurnal</translation>
    </message>
    <message>
        <source>Register monitor</source>
        <translation>Pemantau daftar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kenderaan</translation>
    </message>
    <message>
        <source>Lift up</source>
        <translation>Lif naik</translation>
    </message>
    <message>
        <source>Lift down</source>
        <translation>Lif turun</translation>
    </message>
    <message>
        <source>Shuttle toward bay</source>
        <translation>Troli ke petak</translation>
    </message>
    <message>
        <source>Shuttle toward rack</source>
        <translation>Troli ke rak</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Paksi ke asal</translation>
    </message>
    <message>
        <source>Shuttle to it</source>
        <translation>Troli ke slot</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Petak</translation>
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
        <translation>Bergerak semasa ditahan…</translation>
    </message>
    <message>
        <source>Moving while held: %1 s</source>
        <translation>Bergerak semasa ditahan: %1 s</translation>
    </message>
    <message>
        <source>%1 (while held: %2)</source>
        <translation>%1 (semasa ditahan: %2)</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Before leaving: %1</source>
        <translation>Penyelenggaraan, disahkan oleh pengawal. Sebelum keluar: %1</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Safe to leave: lift down, shuttle at the bay, nothing carried.</source>
        <translation>Penyelenggaraan, disahkan oleh pengawal. Selamat untuk keluar: lif di bawah, troli di petak, tiada muatan.</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Keluar penyelenggaraan</translation>
    </message>
    <message>
        <source>Nobody who may work here is signed in: a technician signs in (the status bar&apos;s sign-in) to move the axes or to leave maintenance.</source>
        <translation>Tiada pengguna yang dibenarkan telah log masuk: juruteknik perlu log masuk (log masuk di bar status) untuk menggerakkan paksi atau keluar penyelenggaraan.</translation>
    </message>
    <message>
        <source>Automatic operation. Motion by hand needs maintenance mode.</source>
        <translation>Operasi automatik. Pergerakan manual memerlukan mod penyelenggaraan.</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>Masuk penyelenggaraan</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>di petak</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>antara hentian</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>di slot %1</translation>
    </message>
    <message>
        <source>Lift %1, load %2. Shuttle %3 (%4). Lock heads %5</source>
        <translation>Lif %1, beban %2. Troli %3 (%4). Kepala kunci %5</translation>
    </message>
    <message>
        <source>Lift cycles</source>
        <translation>Kitaran lif</translation>
    </message>
    <message>
        <source>Lock cycles</source>
        <translation>Kitaran kunci</translation>
    </message>
    <message>
        <source>Shuttle travel, km</source>
        <translation>Jarak troli, km</translation>
    </message>
    <message>
        <source>%1: the controller does not count it (protocol 3.2 has the counters)</source>
        <translation>%1: pengawal tidak mengiranya (protokol 3.2 mempunyai pembilang)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 daripada %3 (%4 %)</translation>
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
        <translation>ROSAK</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>tidak beroperasi</translation>
    </message>
    <message>
        <source>charger disabled</source>
        <translation>pengecas dinyahdaya</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>pengecas rosak</translation>
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
        <translation>Ketik slot. Untuk menghentikan operasinya, ketik sebab dan hingga bila.</translation>
    </message>
    <message>
        <source>Taken out by %1.</source>
        <translation>Dihentikan oleh %1.</translation>
    </message>
    <message>
        <source>Slot %1 is in service. To take it out, tap why and until when.</source>
        <translation>Slot %1 beroperasi. Untuk menghentikan operasinya, ketik sebab dan hingga bila.</translation>
    </message>
</context>
<context>
    <name>PackAlarmModel</name>
    <message>
        <source>raised %1</source>
        <translation>berlaku %1</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>pulih %1</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>belum pulih</translation>
    </message>
</context>
<context>
    <name>PackHistoryPlot</name>
    <message>
        <source>No pack chosen.</source>
        <translation>Tiada pek dipilih.</translation>
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
        <translation>Tunjuk
%1</translation>
    </message>
    <message>
        <source>The journal holds no telemetry of pack %1.</source>
        <translation>Jurnal tiada telemetri bagi pek %1.</translation>
    </message>
    <message>
        <source>Cursor %1: no sample recorded near this time</source>
        <translation>Kursor %1: tiada sampel direkodkan berhampiran masa ini</translation>
    </message>
    <message>
        <source>Cursor %1: bucket %2 to %3, %4 samples</source>
        <translation>Kursor %1: kumpulan %2 hingga %3, %4 sampel</translation>
    </message>
    <message>
        <source>Cursor %1: sample at %2</source>
        <translation>Kursor %1: sampel pada %2</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>tiada sampel</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>shallow</source>
        <translation>cetek</translation>
    </message>
    <message>
        <source>gap in the readings</source>
        <translation>jurang dalam bacaan</translation>
    </message>
    <message>
        <source>SoC jumped</source>
        <translation>SoC melonjak</translation>
    </message>
    <message>
        <source>SoC frozen</source>
        <translation>SoC beku</translation>
    </message>
    <message>
        <source>meter went backwards</source>
        <translation>meter bergerak ke belakang</translation>
    </message>
    <message>
        <source>link lost</source>
        <translation>pautan terputus</translation>
    </message>
    <message>
        <source>console restarted</source>
        <translation>konsol dimulakan semula</translation>
    </message>
    <message>
        <source>pack removed</source>
        <translation>pek dikeluarkan</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>tidak lengkap</translation>
    </message>
    <message>
        <source>no SoC</source>
        <translation>tiada SoC</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>pengecas rosak</translation>
    </message>
    <message>
        <source>taken for a swap</source>
        <translation>diambil untuk penukaran</translation>
    </message>
    <message>
        <source>console restart</source>
        <translation>konsol dimulakan semula</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pek</translation>
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
        <translation>Butiran pek</translation>
    </message>
    <message>
        <source>Pack code or slot number</source>
        <translation>Kod pek atau nombor slot</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Nyahdaya pengecas</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Kuarantin…</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>Lepas dari kuarantin</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>Simpan rekod…</translation>
    </message>
    <message>
        <source>Health: measured by this station and by the BMS</source>
        <translation>Kesihatan: diukur oleh stesen ini dan oleh BMS</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Kini</translation>
    </message>
    <message>
        <source>Pack code (GB/T 34014)</source>
        <translation>Kod pek (GB/T 34014)</translation>
    </message>
    <message>
        <source>Its life so far</source>
        <translation>Hayatnya setakat ini</translation>
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
        <translation>Penggera</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesihatan</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Armada</translation>
    </message>
    <message>
        <source>Show the charge curves</source>
        <translation>Tunjuk lengkung cas</translation>
    </message>
    <message>
        <source>Show the SoH trend</source>
        <translation>Tunjuk trend SoH</translation>
    </message>
    <message>
        <source>There is no journal: the packs&apos; health is not known.</source>
        <translation>Tiada jurnal: kesihatan pek tidak diketahui.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Confirm quarantine</source>
        <translation>Sahkan kuarantin</translation>
    </message>
    <message>
        <source>Reason: %1. Confirm quarantine to keep the pack out of every swap.</source>
        <translation>Sebab: %1. Sahkan kuarantin untuk mengecualikan pek daripada setiap penukaran.</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Simpan di sini</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Tutup papan kekunci</translation>
    </message>
    <message>
        <source>over-voltage level %1: %2 V</source>
        <translation>tahap voltan lebih %1: %2 V</translation>
    </message>
    <message>
        <source>under-voltage level %1: %2 V</source>
        <translation>tahap voltan kurang %1: %2 V</translation>
    </message>
    <message>
        <source>high temperature level %1: %2 °C</source>
        <translation>tahap suhu tinggi %1: %2 °C</translation>
    </message>
    <message>
        <source>not offered above %1 °C</source>
        <translation>tidak ditawarkan melebihi %1 °C</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>Enable charger (technician)</source>
        <translation>Dayakan pengecas (juruteknik)</translation>
    </message>
    <message>
        <source>Pack record</source>
        <translation>Rekod pek</translation>
    </message>
    <message>
        <source>In quarantine: %1</source>
        <translation>Dalam kuarantin: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>tiada sebab direkodkan</translation>
    </message>
    <message>
        <source>Not in the rack: this pack is not at the station now; its records are below.</source>
        <translation>Tiada dalam rak: pek ini tiada di stesen sekarang; rekodnya di bawah.</translation>
    </message>
    <message>
        <source>The slot is empty.</source>
        <translation>Slot kosong.</translation>
    </message>
    <message>
        <source>Not offered to any swap. %1</source>
        <translation>Tidak ditawarkan untuk sebarang penukaran. %1</translation>
    </message>
    <message>
        <source>Reserved for the running swap.</source>
        <translation>Ditempah untuk penukaran yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, every check passed).</source>
        <translation>Ditawarkan: sedia untuk kenderaan yang menggunakan pek jenis %1 (SoC %2 %, semua semakan lulus).</translation>
    </message>
    <message>
        <source>Not offered yet: charging, SoC %1 % of the %2 % needed</source>
        <translation>Belum ditawarkan: sedang dicas, SoC %1 % daripada %2 % yang diperlukan</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>sedia dalam kira-kira %1 min</translation>
    </message>
    <message>
        <source>Slot fault: the slot&apos;s charger reports a fault.</source>
        <translation>Slot rosak: pengecas slot melaporkan kerosakan.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is faulted.</source>
        <translation>Tidak ditawarkan: pengecas slot rosak.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is switched off (slot disabled).</source>
        <translation>Tidak ditawarkan: pengecas slot dimatikan (slot dinyahdaya).</translation>
    </message>
    <message>
        <source>Not offered: BMS alarm level %1 (a pack at level %2 or more is kept out).</source>
        <translation>Tidak ditawarkan: tahap penggera BMS %1 (pek pada tahap %2 atau lebih dikecualikan).</translation>
    </message>
    <message>
        <source>Not offered: the BMS alarm level is not known.</source>
        <translation>Tidak ditawarkan: tahap penggera BMS tidak diketahui.</translation>
    </message>
    <message>
        <source>Not offered: insulation %1 kΩ, below %2 kΩ.</source>
        <translation>Tidak ditawarkan: penebatan %1 kΩ, di bawah %2 kΩ.</translation>
    </message>
    <message>
        <source>Not offered: readings invalid (%1).</source>
        <translation>Tidak ditawarkan: bacaan tidak sah (%1).</translation>
    </message>
    <message>
        <source>temperatures</source>
        <translation>suhu</translation>
    </message>
    <message>
        <source>Not offered: too hot, %1 °C, above %2 °C.</source>
        <translation>Tidak ditawarkan: terlalu panas, %1 °C, melebihi %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: too cold, %1 °C, below %2 °C.</source>
        <translation>Tidak ditawarkan: terlalu sejuk, %1 °C, di bawah %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: poor health, SoH %1 %, below %2 %.</source>
        <translation>Tidak ditawarkan: kesihatan lemah, SoH %1 %, di bawah %2 %.</translation>
    </message>
    <message>
        <source>Not offered: SoC %1 %, below %2 %, and not charging.</source>
        <translation>Tidak ditawarkan: SoC %1 %, di bawah %2 %, dan tidak dicas.</translation>
    </message>
    <message>
        <source>Not offered: not ready.</source>
        <translation>Tidak ditawarkan: belum sedia.</translation>
    </message>
    <message>
        <source>No pack in the slot.</source>
        <translation>Tiada pek dalam slot.</translation>
    </message>
    <message>
        <source>Pack %1
Type %2, rated %3 kWh</source>
        <translation>Pek %1
Jenis %2, kadaran %3 kWh</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: a pack code has 24 characters, this one %1.</source>
        <translation>Bukan kod GB/T 34014: kod pek mempunyai 24 aksara, kod ini %1.</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: only capital letters and digits belong in one.</source>
        <translation>Bukan kod GB/T 34014: hanya huruf besar dan digit dibenarkan.</translation>
    </message>
    <message>
        <source>product type %1 (not known)</source>
        <translation>jenis produk %1 (tidak diketahui)</translation>
    </message>
    <message>
        <source>battery type %1 (not known)</source>
        <translation>jenis bateri %1 (tidak diketahui)</translation>
    </message>
    <message>
        <source>date code %1 (not a date)</source>
        <translation>kod tarikh %1 (bukan tarikh)</translation>
    </message>
    <message>
        <source>%1 (a date to come: the code is wrong)</source>
        <translation>%1 (tarikh akan datang: kod salah)</translation>
    </message>
    <message>
        <source>Maker %1 · %2 · %3 · specification %4
Traceability %5 · made %6 · serial %7</source>
        <translation>Pengeluar %1 · %2 · %3 · spesifikasi %4
Kebolehkesanan %5 · dibuat %6 · siri %7</translation>
    </message>
    <message>
        <source>BMS SoH: %1 %</source>
        <translation>SoH BMS: %1 %</translation>
    </message>
    <message>
        <source>No record in the journal for this pack yet.</source>
        <translation>Belum ada rekod dalam jurnal untuk pek ini.</translation>
    </message>
    <message>
        <source>Measured SoH: not measured yet: needs a deep charge (a rise of %1 % SoC or more, without gaps).</source>
        <translation>SoH diukur: belum diukur: memerlukan cas dalam (kenaikan %1 % SoC atau lebih, tanpa jurang).</translation>
    </message>
    <message>
        <source>measured SoH: %1 %</source>
        <translation>SoH diukur: %1 %</translation>
    </message>
    <message>
        <source>Measured capacity %1 kWh (%2 Ah) of %3 kWh rated</source>
        <translation>Kapasiti diukur %1 kWh (%2 Ah) daripada kadaran %3 kWh</translation>
    </message>
    <message numerus="yes">
        <source>from %n good session(s)</source>
        <translation>
            <numerusform>daripada %n sesi baik</numerusform>
        </translation>
    </message>
    <message>
        <source>spread %1 Ah</source>
        <translation>sebaran %1 Ah</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada yang direkodkan.</translation>
    </message>
    <message>
        <source>%1 full equivalent cycles measured (BMS: %2)</source>
        <translation>%1 kitaran setara penuh diukur (BMS: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 kWh charged here in %n session(s)</source>
        <translation>
            <numerusform>%1 kWh dicas di sini dalam %n sesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-temperature events %1 · insulation events %2 · level-3 alarms %3</source>
        <translation>Peristiwa suhu lampau %1 · peristiwa penebatan %2 · penggera tahap 3 %3</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Pertama dilihat %1 · terakhir dilihat %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s), newest first</source>
        <translation>
            <numerusform>%n sesi pengecasan, terbaharu dahulu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured the capacity</source>
        <translation>
            <numerusform>%n mengukur kapasiti</numerusform>
        </translation>
    </message>
    <message>
        <source>No charging session recorded for this pack yet.</source>
        <translation>Belum ada sesi pengecasan direkodkan untuk pek ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) while in a slot here, newest first</source>
        <translation>
            <numerusform>%n penggera semasa dalam slot di sini, terbaharu dahulu</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm recorded for this pack.</source>
        <translation>Tiada penggera direkodkan untuk pek ini.</translation>
    </message>
    <message>
        <source>SoC %1 % · %2 V · %3 A</source>
        <translation>SoC %1 % · %2 V · %3 A</translation>
    </message>
    <message>
        <source>Charger: %1, %2 kW</source>
        <translation>Pengecas: %1, %2 kW</translation>
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
        <translation>Tidak sah sekarang: %1</translation>
    </message>
    <message>
        <source>Insulation: not read</source>
        <translation>Penebatan: tidak dibaca</translation>
    </message>
    <message>
        <source>INSULATION LOW: %1 kΩ (alarm at %2 kΩ and below)</source>
        <translation>PENEBATAN RENDAH: %1 kΩ (penggera pada %2 kΩ dan ke bawah)</translation>
    </message>
    <message>
        <source>Insulation lower than usual: %1 kΩ (below %2 kΩ)</source>
        <translation>Penebatan lebih rendah daripada biasa: %1 kΩ (di bawah %2 kΩ)</translation>
    </message>
    <message>
        <source>Insulation: %1 kΩ</source>
        <translation>Penebatan: %1 kΩ</translation>
    </message>
    <message>
        <source>BMS alarm level: not read</source>
        <translation>Tahap penggera BMS: tidak dibaca</translation>
    </message>
    <message>
        <source>BMS: no alarm (level 0)</source>
        <translation>BMS: tiada penggera (tahap 0)</translation>
    </message>
    <message>
        <source>no flag named</source>
        <translation>tiada bendera dinamakan</translation>
    </message>
    <message>
        <source>BMS alarm level %1: %2</source>
        <translation>Tahap penggera BMS %1: %2</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not answer within %1 s.</source>
        <translation>Sel tidak dibaca: pengawal tidak menjawab dalam %1 s.</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not show this slot&apos;s cells.</source>
        <translation>Sel tidak dibaca: pengawal tidak menunjukkan sel slot ini.</translation>
    </message>
    <message>
        <source>Not in the rack: no live values.</source>
        <translation>Tiada dalam rak: tiada nilai langsung.</translation>
    </message>
    <message>
        <source>The slot is empty: no cells to read.</source>
        <translation>Slot kosong: tiada sel untuk dibaca.</translation>
    </message>
    <message>
        <source>Shown: the read at %1.</source>
        <translation>Dipaparkan: bacaan pada %1.</translation>
    </message>
    <message>
        <source>Reading cells…</source>
        <translation>Membaca sel…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell voltages</source>
        <translation>
            <numerusform>%n voltan sel</numerusform>
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
        <translation>Tiada voltan sel yang sah.</translation>
    </message>
    <message>
        <source>lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V</source>
        <translation>terendah: sel %1, %2 V · tertinggi: sel %3, %4 V · purata %5 V · sebaran %6 V</translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n tidak sah</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid temperature.</source>
        <translation>Tiada suhu yang sah.</translation>
    </message>
    <message>
        <source>coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C</source>
        <translation>paling sejuk: penderia %1, %2 °C · paling panas: penderia %3, %4 °C · sebaran %5 °C</translation>
    </message>
    <message>
        <source>Why is pack %1 quarantined? It is kept out of every swap until a technician releases it.</source>
        <translation>Mengapa pek %1 dikuarantin? Ia dikecualikan daripada setiap penukaran sehingga juruteknik melepaskannya.</translation>
    </message>
    <message>
        <source>Choose the reason, then Confirm quarantine.</source>
        <translation>Pilih sebab, kemudian Sahkan kuarantin.</translation>
    </message>
    <message>
        <source>Choose why the pack is quarantined first.</source>
        <translation>Pilih dahulu sebab pek dikuarantin.</translation>
    </message>
    <message>
        <source>Not quarantined: %1</source>
        <translation>Tidak dikuarantin: %1</translation>
    </message>
    <message>
        <source>Pack %1 is in quarantine (%2): it is not offered to any swap.</source>
        <translation>Pek %1 dalam kuarantin (%2): ia tidak ditawarkan untuk sebarang penukaran.</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Tidak dilepaskan: %1</translation>
    </message>
    <message>
        <source>Pack %1 is released from quarantine: it is offered again once it is ready.</source>
        <translation>Pek %1 dilepaskan dari kuarantin: ia ditawarkan semula sebaik sahaja sedia.</translation>
    </message>
    <message>
        <source>This station&apos;s exports folder</source>
        <translation>Folder eksport stesen ini</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>Pemacu %1</translation>
    </message>
    <message>
        <source>No drive is plugged in and this console keeps no journal: plug in a USB drive, then Save record again.</source>
        <translation>Tiada pemacu dipasang dan konsol ini tidak menyimpan jurnal: pasang pemacu USB, kemudian Simpan rekod sekali lagi.</translation>
    </message>
    <message>
        <source>Choose where, then Save here.</source>
        <translation>Pilih lokasi, kemudian Simpan di sini.</translation>
    </message>
    <message>
        <source>Save the record of pack %1 (record and sessions as CSV, a picture of each chart) into %2</source>
        <translation>Simpan rekod pek %1 (rekod dan sesi sebagai CSV, gambar setiap carta) ke %2</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>Pilih dahulu lokasi simpanan.</translation>
    </message>
    <message>
        <source>Written before that: %1.</source>
        <translation>Ditulis sebelum itu: %1.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2.</source>
        <translation>Tidak disimpan ke %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1, each named %2-…: %3.</source>
        <translation>
            <numerusform>%n fail disimpan ke %1, setiap satu dinamakan %2-…: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>the drive is read-only or write-protected</source>
        <translation>pemacu baca sahaja atau dilindungi tulis</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>pemacu penuh</translation>
    </message>
    <message>
        <source>the drive is gone or failing (unplugged?)</source>
        <translation>pemacu hilang atau rosak (tercabut?)</translation>
    </message>
    <message>
        <source>that is not a folder</source>
        <translation>itu bukan folder</translation>
    </message>
    <message>
        <source>the drive refused it (%1)</source>
        <translation>pemacu menolaknya (%1)</translation>
    </message>
    <message>
        <source>Type the pack&apos;s code (or scan it), or a slot number, then OK.</source>
        <translation>Taip kod pek (atau imbas), atau nombor slot, kemudian OK.</translation>
    </message>
    <message>
        <source>Type a pack code or a slot number first.</source>
        <translation>Taip kod pek atau nombor slot dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>There is no slot %1: the rack has %n slot(s).</source>
        <translation>
            <numerusform>Tiada slot %1: rak mempunyai %n slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packs in the rack match %1: type more of the code.</source>
        <translation>
            <numerusform>%n pek dalam rak sepadan dengan %1: taip lebih banyak aksara kod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack %1 is not in the rack: its records.</source>
        <translation>Pek %1 tiada dalam rak: rekodnya.</translation>
    </message>
    <message>
        <source>No pack %1 in the rack or in the journal.</source>
        <translation>Tiada pek %1 dalam rak atau dalam jurnal.</translation>
    </message>
    <message>
        <source>Found in slot %1.</source>
        <translation>Dijumpai dalam slot %1.</translation>
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
        <translation>Sampel mentah (setiap 10 s semasa aktif, setiap minit semasa rehat)</translation>
    </message>
    <message>
        <source>1-minute buckets: band = min to max, line = mean</source>
        <translation>Kumpulan 1 minit: jalur = min hingga maks, garis = purata</translation>
    </message>
    <message>
        <source>1-hour buckets: band = min to max, line = mean</source>
        <translation>Kumpulan 1 jam: jalur = min hingga maks, garis = purata</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>Jurnal %1 tidak dapat dibaca: %2.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>purata</translation>
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
        <translation>Voltan</translation>
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
        <translation>Kuasa pengecas</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Over-temperature</source>
        <translation>Suhu lampau</translation>
    </message>
    <message>
        <source>Insulation fault</source>
        <translation>Kerosakan penebatan</translation>
    </message>
    <message>
        <source>BMS SoH disagrees with the measured capacity</source>
        <translation>SoH BMS tidak sepadan dengan kapasiti diukur</translation>
    </message>
    <message>
        <source>Cell imbalance</source>
        <translation>Ketidakseimbangan sel</translation>
    </message>
    <message>
        <source>Physical damage or a leak</source>
        <translation>Kerosakan fizikal atau kebocoran</translation>
    </message>
    <message>
        <source>Repeated BMS alarms</source>
        <translation>Penggera BMS berulang</translation>
    </message>
    <message>
        <source>Other: a technician inspects it</source>
        <translation>Lain-lain: juruteknik memeriksanya</translation>
    </message>
    <message>
        <source>Blocked by the fleet</source>
        <translation>Disekat oleh armada</translation>
    </message>
    <message>
        <source>no pack is named</source>
        <translation>tiada pek dinamakan</translation>
    </message>
    <message>
        <source>choose why from the list</source>
        <translation>pilih sebab daripada senarai</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>log masuk dahulu</translation>
    </message>
    <message>
        <source>the pack is in quarantine already</source>
        <translation>pek sudah dalam kuarantin</translation>
    </message>
    <message>
        <source>the pack is not in quarantine</source>
        <translation>pek tiada dalam kuarantin</translation>
    </message>
    <message>
        <source>only a technician may release a pack from quarantine</source>
        <translation>hanya juruteknik boleh melepaskan pek dari kuarantin</translation>
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
        <translation>pengendali</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>juruteknik</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (latihan)</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: dinyahdaya</translation>
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
        <translation>Nama orang itu (papan kekunci ini atau yang dipasang):</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>Peranannya:</translation>
    </message>
    <message>
        <source>Their PIN, 4 to 8 digits, not easy to guess:</source>
        <translation>PINnya, 4 hingga 8 digit, tidak mudah diteka:</translation>
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
        <translation>Resit penukaran</translation>
    </message>
    <message>
        <source>The driver can scan the code to keep this swap&apos;s record.</source>
        <translation>Pemandu boleh mengimbas kod untuk menyimpan rekod penukaran ini.</translation>
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
        <translation>keputusan tidak diketahui</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>tiada direkodkan</translation>
    </message>
    <message>
        <source>%1 (slot %2, %3 %)</source>
        <translation>%1 (slot %2, %3 %)</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>Kenderaan: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Keputusan: %1</translation>
    </message>
    <message>
        <source>Packs removed: %1</source>
        <translation>Pek dikeluarkan: %1</translation>
    </message>
    <message>
        <source>Packs installed: %1</source>
        <translation>Pek dipasang: %1</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (metered into the packs installed)</source>
        <translation>Tenaga dibekalkan: %1 kWh (diukur ke dalam pek yang dipasang)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (estimated from the packs&apos; SoC)</source>
        <translation>Tenaga dibekalkan: %1 kWh (dianggar daripada SoC pek)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh</source>
        <translation>Tenaga dibekalkan: %1 kWh</translation>
    </message>
    <message>
        <source>Duration: %1 min %2 s</source>
        <translation>Tempoh: %1 min %2 s</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Tamat: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transaksi: %1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Stesen: %1</translation>
    </message>
    <message>
        <source>NOT RECORDED in the station journal: %1</source>
        <translation>TIDAK DIREKODKAN dalam jurnal stesen: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a lock head jammed</source>
        <translation>kepala kunci tersekat</translation>
    </message>
    <message>
        <source>the lift read an overload</source>
        <translation>lif membaca beban lampau</translation>
    </message>
    <message>
        <source>the shuttle stopped off its slot</source>
        <translation>troli berhenti tersasar dari slotnya</translation>
    </message>
    <message>
        <source>a slot&apos;s charger is faulted</source>
        <translation>pengecas slot rosak</translation>
    </message>
    <message>
        <source>a pack&apos;s insulation is too low</source>
        <translation>penebatan pek terlalu rendah</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned</source>
        <translation>kedudukan kenderaan tidak dapat ditentukan</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>henti kecemasan</translation>
    </message>
    <message>
        <source>someone crossed the bay light curtain</source>
        <translation>seseorang melintasi tirai cahaya petak</translation>
    </message>
    <message>
        <source>the controller lost this console&apos;s heartbeat</source>
        <translation>pengawal kehilangan denyutan konsol ini</translation>
    </message>
    <message>
        <source>the installed pack is not the planned one</source>
        <translation>pek yang dipasang bukan pek yang dirancang</translation>
    </message>
    <message>
        <source>the pack&apos;s BMS did not answer</source>
        <translation>BMS pek tidak menjawab</translation>
    </message>
    <message>
        <source>the vehicle&apos;s HV interlock is open</source>
        <translation>saling kunci HV kenderaan terbuka</translation>
    </message>
    <message>
        <source>a swap was aborted mid-way</source>
        <translation>penukaran dibatalkan di tengah jalan</translation>
    </message>
    <message>
        <source>a pack raised an alarm</source>
        <translation>pek mencetuskan penggera</translation>
    </message>
    <message>
        <source>a station door is open</source>
        <translation>pintu stesen terbuka</translation>
    </message>
    <message>
        <source>the controller restarted during a swap</source>
        <translation>pengawal dimulakan semula semasa penukaran</translation>
    </message>
    <message>
        <source>the vehicle did not switch its HV off</source>
        <translation>kenderaan tidak mematikan HV</translation>
    </message>
    <message>
        <source>the vehicle did not confirm its parking brake</source>
        <translation>kenderaan tidak mengesahkan brek tangannya</translation>
    </message>
    <message>
        <source>the lift&apos;s load cell read a mass that is not the pack&apos;s</source>
        <translation>sel beban lif membaca jisim yang bukan jisim pek</translation>
    </message>
    <message>
        <source>a lock head ended below its locking torque</source>
        <translation>kepala kunci berakhir di bawah tork pengunciannya</translation>
    </message>
    <message>
        <source>controller fault code %1</source>
        <translation>kod kerosakan pengawal %1</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>tiada kerosakan dinyatakan</translation>
    </message>
    <message>
        <source>the journal could not record the start: %1</source>
        <translation>jurnal tidak dapat merekod permulaan: %1</translation>
    </message>
    <message>
        <source>the swap was not started: call a technician about the journal</source>
        <translation>penukaran tidak dimulakan: panggil juruteknik tentang jurnal</translation>
    </message>
    <message>
        <source>the controller does not know this command</source>
        <translation>pengawal tidak mengenali arahan ini</translation>
    </message>
    <message>
        <source>check that the controller&apos;s firmware speaks this console&apos;s register map</source>
        <translation>pastikan perisian tegar pengawal menggunakan peta daftar konsol ini</translation>
    </message>
    <message>
        <source>the controller found the command&apos;s values out of range</source>
        <translation>pengawal mendapati nilai arahan di luar julat</translation>
    </message>
    <message>
        <source>plan the swap again; if it repeats, call a technician</source>
        <translation>rancang penukaran semula; jika berulang, panggil juruteknik</translation>
    </message>
    <message>
        <source>the station is not in the right mode (automatic or maintenance)</source>
        <translation>stesen tidak dalam mod yang betul (automatik atau penyelenggaraan)</translation>
    </message>
    <message>
        <source>ask a technician to set the mode</source>
        <translation>minta juruteknik menetapkan mod</translation>
    </message>
    <message>
        <source>the emergency stop is latched</source>
        <translation>henti kecemasan terkunci</translation>
    </message>
    <message>
        <source>make the bay safe and turn the reset key at the cabinet, then reset here</source>
        <translation>pastikan petak selamat dan pusing kunci set semula di kabinet, kemudian set semula di sini</translation>
    </message>
    <message>
        <source>a swap is already running</source>
        <translation>penukaran sudah berjalan</translation>
    </message>
    <message>
        <source>wait for it to end; it shows in the swap panel</source>
        <translation>tunggu sehingga selesai; ia dipaparkan di panel penukaran</translation>
    </message>
    <message>
        <source>no vehicle is in position</source>
        <translation>tiada kenderaan di kedudukan</translation>
    </message>
    <message>
        <source>wait until the bay shows the vehicle in position, then start again</source>
        <translation>tunggu sehingga petak menunjukkan kenderaan di kedudukan, kemudian mula semula</translation>
    </message>
    <message>
        <source>a planned slot holds no pack</source>
        <translation>slot yang dirancang tiada pek</translation>
    </message>
    <message>
        <source>tap Start swap again: the console plans from the rack as it is now</source>
        <translation>ketik Mula tukar sekali lagi: konsol merancang berdasarkan keadaan rak sekarang</translation>
    </message>
    <message>
        <source>there is no free slot for the depleted pack</source>
        <translation>tiada slot kosong untuk pek habis cas</translation>
    </message>
    <message>
        <source>free a slot, or call a technician</source>
        <translation>kosongkan slot, atau panggil juruteknik</translation>
    </message>
    <message>
        <source>a fault is active at the controller</source>
        <translation>ada kerosakan aktif di pengawal</translation>
    </message>
    <message>
        <source>follow the recovery steps to clear the fault, then start again</source>
        <translation>ikut langkah pemulihan untuk memulihkan kerosakan, kemudian mula semula</translation>
    </message>
    <message>
        <source>no swap is running</source>
        <translation>tiada penukaran sedang berjalan</translation>
    </message>
    <message>
        <source>nothing to stop</source>
        <translation>tiada apa untuk dihentikan</translation>
    </message>
    <message>
        <source>the bay sees a different number of pack blocks</source>
        <translation>petak mengesan bilangan blok pek yang berbeza</translation>
    </message>
    <message>
        <source>check that the right vehicle is identified</source>
        <translation>pastikan kenderaan yang betul dikenal pasti</translation>
    </message>
    <message>
        <source>motion is held after the controller lost this console&apos;s heartbeat</source>
        <translation>pergerakan ditahan selepas pengawal kehilangan denyutan konsol ini</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume</source>
        <translation>pastikan petak bebas halangan, kemudian sambung</translation>
    </message>
    <message>
        <source>a planned pack is not available (charging, faulted, disabled or the wrong type)</source>
        <translation>pek yang dirancang tidak tersedia (sedang dicas, rosak, dinyahdaya atau jenis salah)</translation>
    </message>
    <message>
        <source>the emergency stop is still latched at the cabinet</source>
        <translation>henti kecemasan masih terkunci di kabinet</translation>
    </message>
    <message>
        <source>turn the reset key at the cabinet first, then reset here</source>
        <translation>pusing kunci set semula di kabinet dahulu, kemudian set semula di sini</translation>
    </message>
    <message>
        <source>no motion is held</source>
        <translation>tiada pergerakan ditahan</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>tiada apa untuk disambung</translation>
    </message>
    <message>
        <source>the controller refused it with reason code %1</source>
        <translation>pengawal menolaknya dengan kod sebab %1</translation>
    </message>
    <message>
        <source>call a technician with this code</source>
        <translation>panggil juruteknik dengan kod ini</translation>
    </message>
    <message>
        <source>the E-stop is still latched: make the bay safe and turn the reset key at the cabinet first</source>
        <translation>henti kecemasan masih terkunci: pastikan petak selamat dan pusing kunci set semula di kabinet dahulu</translation>
    </message>
    <message>
        <source>nothing to reset: the controller reports no fault</source>
        <translation>tiada apa untuk diset semula: pengawal tidak melaporkan kerosakan</translation>
    </message>
    <message>
        <source>%1: only a technician may reset this; sign in as technician</source>
        <translation>%1: hanya juruteknik boleh set semula ini; log masuk sebagai juruteknik</translation>
    </message>
    <message>
        <source>nothing to resume: no motion is held</source>
        <translation>tiada apa untuk disambung: tiada pergerakan ditahan</translation>
    </message>
    <message>
        <source>nothing to retry: no vehicle&apos;s positioning failed</source>
        <translation>tiada apa untuk diulang: tiada penentuan kedudukan kenderaan yang gagal</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>tiada slot %1</translation>
    </message>
    <message>
        <source>this needs the %1 role: sign in</source>
        <translation>ini memerlukan peranan %1: log masuk</translation>
    </message>
    <message>
        <source>homing needs maintenance mode: a signed-in technician selects it</source>
        <translation>pengembalian ke asal memerlukan mod penyelenggaraan: juruteknik yang telah log masuk memilihnya</translation>
    </message>
    <message>
        <source>a swap is running: wait for it to end or abort it</source>
        <translation>penukaran sedang berjalan: tunggu sehingga selesai atau batalkannya</translation>
    </message>
    <message>
        <source>first the steps above: the station is not ready for a swap yet</source>
        <translation>langkah di atas dahulu: stesen belum sedia untuk penukaran</translation>
    </message>
    <message>
        <source>the link to the controller is down: nothing can be sent, and what is shown is the last known state</source>
        <translation>pautan ke pengawal terputus: tiada apa boleh dihantar, dan yang dipaparkan ialah keadaan terakhir diketahui</translation>
    </message>
    <message>
        <source>no data from the station yet</source>
        <translation>belum ada data daripada stesen</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is already %2</source>
        <translation>pengecas slot %1 sudah %2</translation>
    </message>
    <message>
        <source>a station door is open: close it first</source>
        <translation>pintu stesen terbuka: tutup dahulu</translation>
    </message>
    <message>
        <source>the station is already in %1 mode</source>
        <translation>stesen sudah dalam mod %1</translation>
    </message>
    <message>
        <source>a lock head moves only in maintenance mode: select it first</source>
        <translation>kepala kunci hanya bergerak dalam mod penyelenggaraan: pilih mod itu dahulu</translation>
    </message>
    <message>
        <source>there is no lock head %1</source>
        <translation>tiada kepala kunci %1</translation>
    </message>
    <message>
        <source>lock head %1 is already %2</source>
        <translation>kepala kunci %1 sudah %2</translation>
    </message>
    <message>
        <source>lock head %1 ended below its torque: unlock it first</source>
        <translation>kepala kunci %1 berakhir di bawah torknya: buka kuncinya dahulu</translation>
    </message>
    <message>
        <source>no vehicle in the bay</source>
        <translation>tiada kenderaan di petak</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, its packs locked</source>
        <translation>kenderaan %1 di petak, peknya terkunci</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, not locked (block %2): it must not drive off</source>
        <translation>kenderaan %1 di petak, tidak berkunci (blok %2): ia tidak boleh dipandu keluar</translation>
    </message>
    <message>
        <source>lock head %1 jammed</source>
        <translation>kepala kunci %1 tersekat</translation>
    </message>
    <message>
        <source>lock head %1 below its locking torque (%2 Nm)</source>
        <translation>kepala kunci %1 di bawah tork pengunciannya (%2 Nm)</translation>
    </message>
    <message>
        <source>the load cell read %1 kg, where a %2 kWh pack weighs %3 kg</source>
        <translation>sel beban membaca %1 kg, sedangkan pek %2 kWh seberat %3 kg</translation>
    </message>
    <message>
        <source>a pack is on the lift (%1 kg, lift at %2 mm)</source>
        <translation>ada pek di atas lif (%1 kg, lif pada %2 mm)</translation>
    </message>
    <message>
        <source>the lift stands at %1 mm</source>
        <translation>lif berada pada %1 mm</translation>
    </message>
    <message>
        <source>a pack is on the shuttle (%1)</source>
        <translation>ada pek di atas troli (%1)</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>di petak</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>di slot %1</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>antara hentian</translation>
    </message>
    <message>
        <source>E-stop latched</source>
        <translation>Henti kecemasan terkunci</translation>
    </message>
    <message>
        <source>E-stop key turned at the cabinet, the reset is still to confirm here</source>
        <translation>Kunci henti kecemasan dipusing di kabinet, set semula masih perlu disahkan di sini</translation>
    </message>
    <message>
        <source>motion held after the controller lost this console&apos;s heartbeat</source>
        <translation>pergerakan ditahan selepas pengawal kehilangan denyutan konsol ini</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned (%1 tries)</source>
        <translation>kedudukan kenderaan tidak dapat ditentukan (%1 percubaan)</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is faulted</source>
        <translation>pengecas slot %1 rosak</translation>
    </message>
    <message>
        <source>all motion is stopped; keep clear of the lift and the shuttle while a pack is on them</source>
        <translation>semua pergerakan dihentikan; jauhi lif dan troli selagi ada pek di atasnya</translation>
    </message>
    <message>
        <source>motion is held and will not start again until someone here resumes it or aborts the swap</source>
        <translation>pergerakan ditahan dan tidak akan bermula semula sehingga seseorang di sini menyambungnya atau membatalkan penukaran</translation>
    </message>
    <message>
        <source>the swap machinery is safe; only the faulted charger is stopped</source>
        <translation>jentera penukaran selamat; hanya pengecas yang rosak dihentikan</translation>
    </message>
    <message>
        <source>no motion in the bay; the driver waits for a signal</source>
        <translation>tiada pergerakan di petak; pemandu menunggu isyarat</translation>
    </message>
    <message>
        <source>the controller holds motion when it stops seeing this console; it will wait for someone here to resume</source>
        <translation>pengawal menahan pergerakan apabila tidak lagi mengesan konsol ini; ia akan menunggu seseorang di sini menyambungnya</translation>
    </message>
    <message>
        <source>the link to the controller is down; last known</source>
        <translation>pautan ke pengawal terputus; terakhir diketahui</translation>
    </message>
    <message>
        <source>slot %1&apos;s pack has low insulation: disable slot %2&apos;s charger, which isolates the pack (a reset does not cure it); a technician quarantines it</source>
        <translation>pek slot %1 mempunyai penebatan rendah: nyahdayakan pengecas slot %2, yang mengasingkan pek (set semula tidak memulihkannya); juruteknik mengkuarantinkannya</translation>
    </message>
    <message>
        <source>check the serial cable and the controller&apos;s power; the console reconnects by itself and then shows what the controller says</source>
        <translation>periksa kabel bersiri dan kuasa pengawal; konsol akan bersambung semula sendiri dan kemudian memaparkan maklumat daripada pengawal</translation>
    </message>
    <message>
        <source>clear the bay and make sure nobody is inside the light curtain</source>
        <translation>pastikan petak bebas halangan dan tiada orang di dalam tirai cahaya</translation>
    </message>
    <message>
        <source>turn the E-stop reset key at the cabinet</source>
        <translation>pusing kunci set semula henti kecemasan di kabinet</translation>
    </message>
    <message>
        <source>reset faults here: the controller returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>set semula kerosakan di sini: pengawal memulangkan pek yang sedang dipindah ke slot kosong dan mengunci pek kenderaan</translation>
    </message>
    <message>
        <source>a technician (signed in) resets here after freeing the cause: the controller then returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>juruteknik (yang telah log masuk) set semula di sini selepas membetulkan punca: pengawal kemudian memulangkan pek yang sedang dipindah ke slot kosong dan mengunci pek kenderaan</translation>
    </message>
    <message>
        <source>next, technician: maintenance. Call a technician; in maintenance mode they free the jam, check the lift or realign the shuttle</source>
        <translation>seterusnya, juruteknik: penyelenggaraan. Panggil juruteknik; dalam mod penyelenggaraan mereka membebaskan sekatan, memeriksa lif atau menjajarkan semula troli</translation>
    </message>
    <message>
        <source>keep the vehicle where it is: do not let it drive off</source>
        <translation>biarkan kenderaan di tempatnya: jangan biarkan ia dipandu keluar</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume: the swap continues from where it held</source>
        <translation>pastikan petak bebas halangan, kemudian sambung: penukaran diteruskan dari titik ia ditahan</translation>
    </message>
    <message>
        <source>or abort the swap: the controller stops it where it stands</source>
        <translation>atau batalkan penukaran: pengawal menghentikannya di kedudukan semasa</translation>
    </message>
    <message>
        <source>then start the swap again for the vehicle in the bay</source>
        <translation>kemudian mulakan penukaran semula untuk kenderaan di petak</translation>
    </message>
    <message>
        <source>guide the driver back to the start of the wheel guides</source>
        <translation>bimbing pemandu berundur ke permulaan landasan roda</translation>
    </message>
    <message>
        <source>retry positioning: the driver drives onto the guides again</source>
        <translation>ulang kedudukan: pemandu memandu masuk ke landasan roda semula</translation>
    </message>
    <message>
        <source>reset faults here: this resets the faulted charger (and, as every reset, lets the controller move a pack in transit, so the bay must be clear)</source>
        <translation>set semula kerosakan di sini: ini menetapkan semula pengecas yang rosak (dan, seperti setiap set semula, membenarkan pengawal menggerakkan pek yang sedang dipindah, jadi petak mesti bebas halangan)</translation>
    </message>
    <message>
        <source>if it faults again, disable slot %1&apos;s charger and call a technician; its pack is not used for swaps while it is disabled</source>
        <translation>jika rosak lagi, nyahdayakan pengecas slot %1 dan panggil juruteknik; peknya tidak digunakan untuk penukaran selagi dinyahdaya</translation>
    </message>
    <message>
        <source>technician: home the axes (lift down, shuttle to the bay)</source>
        <translation>juruteknik: kembalikan paksi ke asal (lif turun, troli ke petak)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode when the work is done</source>
        <translation>juruteknik: kembalikan stesen ke mod automatik apabila kerja selesai</translation>
    </message>
    <message>
        <source>the driver switches the vehicle off (HV off) and keeps it off until the swap ends</source>
        <translation>pemandu mematikan kenderaan (HV dimatikan) dan membiarkannya mati sehingga penukaran tamat</translation>
    </message>
    <message>
        <source>the driver sets the parking brake and keeps it set until the swap ends</source>
        <translation>pemandu menarik brek tangan dan membiarkannya sehingga penukaran tamat</translation>
    </message>
    <message>
        <source>close the station door: nothing moves and no swap starts while it is open</source>
        <translation>tutup pintu stesen: tiada yang bergerak dan tiada penukaran bermula selagi ia terbuka</translation>
    </message>
    <message>
        <source>technician: check the pack on the lift against its type and the load cell before the reset</source>
        <translation>juruteknik: periksa pek di atas lif berbanding jenisnya dan sel beban sebelum set semula</translation>
    </message>
    <message>
        <source>technician: select maintenance mode to re-lock the lock head</source>
        <translation>juruteknik: pilih mod penyelenggaraan untuk mengunci semula kepala kunci</translation>
    </message>
    <message>
        <source>hold Unlock head until lock head %1 reads unlocked</source>
        <translation>tahan Buka kunci sehingga kepala kunci %1 menunjukkan tidak berkunci</translation>
    </message>
    <message>
        <source>hold Lock head until lock head %1 reads locked, its torque in the window (180-250 Nm)</source>
        <translation>tahan Kunci sehingga kepala kunci %1 menunjukkan terkunci, dengan tork dalam julat (180-250 Nm)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode</source>
        <translation>juruteknik: kembalikan stesen ke mod automatik</translation>
    </message>
    <message>
        <source>the station is in maintenance mode: no swap starts until it is automatic</source>
        <translation>stesen dalam mod penyelenggaraan: tiada penukaran bermula sehingga ia automatik</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>pengendali</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>juruteknik</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatik</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>penyelenggaraan</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>tidak berkunci</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dinyahdaya</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>didayakan</translation>
    </message>
    <message>
        <source>the rack has no free slot for the vehicle&apos;s first pack: the stopped swap put a pack back into it. A technician takes one pack out of the rack in maintenance mode, or the vehicle leaves as it is (its packs are locked)</source>
        <translation>rak tiada slot kosong untuk pek pertama kenderaan: penukaran yang terhenti telah meletakkan semula pek ke dalamnya. Juruteknik mengeluarkan satu pek dari rak dalam mod penyelenggaraan, atau kenderaan keluar seadanya (peknya terkunci)</translation>
    </message>
    <message>
        <source>a move runs in direction -1 or 1</source>
        <translation>gerakan berjalan dalam arah -1 atau 1</translation>
    </message>
    <message>
        <source>the controller&apos;s protocol has no such move (it needs protocol 3.2)</source>
        <translation>protokol pengawal tiada gerakan sedemikian (ia memerlukan protokol 3.2)</translation>
    </message>
    <message>
        <source>the link to the controller is down</source>
        <translation>pautan ke pengawal terputus</translation>
    </message>
    <message>
        <source>the move stopped: the button was released</source>
        <translation>gerakan berhenti: butang telah dilepaskan</translation>
    </message>
    <message>
        <source>the move stopped: the link to the controller failed, so the console stopped holding it; the controller stops it by itself</source>
        <translation>gerakan berhenti: pautan ke pengawal gagal, jadi konsol berhenti menahannya; pengawal menghentikannya sendiri</translation>
    </message>
    <message>
        <source>the move stopped: this screen stopped responding, so the console stopped holding it</source>
        <translation>gerakan berhenti: skrin ini tidak lagi bertindak balas, jadi konsol berhenti menahannya</translation>
    </message>
    <message>
        <source>the move was not sent: %1</source>
        <translation>gerakan tidak dihantar: %1</translation>
    </message>
    <message>
        <source>the controller refused the move&apos;s values (Modbus exception %1): a target it does not have, or a direction the move does not take</source>
        <translation>pengawal menolak nilai gerakan (pengecualian Modbus %1): sasaran yang tiada padanya, atau arah yang tidak diambil oleh gerakan itu</translation>
    </message>
    <message>
        <source>the move stopped: another move took its place</source>
        <translation>gerakan berhenti: gerakan lain mengambil tempatnya</translation>
    </message>
    <message>
        <source>it does not move: the emergency stop is latched or not yet reset</source>
        <translation>tidak bergerak: henti kecemasan terkunci atau belum diset semula</translation>
    </message>
    <message>
        <source>it does not move: motion is held after a lost heartbeat; resume first</source>
        <translation>tidak bergerak: pergerakan ditahan selepas denyutan hilang; sambung dahulu</translation>
    </message>
    <message>
        <source>it does not move: a swap is running</source>
        <translation>tidak bergerak: penukaran sedang berjalan</translation>
    </message>
    <message>
        <source>it does not move: the station is not in maintenance mode</source>
        <translation>tidak bergerak: stesen tidak dalam mod penyelenggaraan</translation>
    </message>
    <message>
        <source>it does not move: the axes are homing</source>
        <translation>tidak bergerak: paksi sedang kembali ke asal</translation>
    </message>
    <message>
        <source>it does not move: a station door is open</source>
        <translation>tidak bergerak: pintu stesen terbuka</translation>
    </message>
    <message>
        <source>it stopped: the controller stopped hearing the button; release it and press again</source>
        <translation>berhenti: pengawal tidak lagi menerima isyarat butang; lepaskan dan tekan semula</translation>
    </message>
    <message>
        <source>it stopped: a move may run 30 s at a time; release the button and press again</source>
        <translation>berhenti: gerakan hanya boleh berjalan 30 s setiap kali; lepaskan butang dan tekan semula</translation>
    </message>
    <message>
        <source>it does not move: no lock head or slot chosen</source>
        <translation>tidak bergerak: tiada kepala kunci atau slot dipilih</translation>
    </message>
    <message>
        <source>it does not move: the shuttle moves only with the lift down</source>
        <translation>tidak bergerak: troli hanya bergerak apabila lif di bawah</translation>
    </message>
    <message>
        <source>it does not move: the lift moves only with the shuttle at the bay or at a slot</source>
        <translation>tidak bergerak: lif hanya bergerak apabila troli di petak atau di slot</translation>
    </message>
    <message>
        <source>it does not unlock: the vehicle has not confirmed HV off and its parking brake</source>
        <translation>tidak membuka kunci: kenderaan belum mengesahkan HV dimatikan dan brek tangannya</translation>
    </message>
    <message>
        <source>it is there: nothing more to move in that direction</source>
        <translation>sudah sampai: tiada lagi gerakan ke arah itu</translation>
    </message>
    <message>
        <source>the lock ended below its torque window: the head is faulted; unlock it and lock it again</source>
        <translation>kunci berakhir di bawah julat torknya: kepala rosak; buka kunci dan kunci semula</translation>
    </message>
    <message>
        <source>it does not move: the controller gives reason code %1</source>
        <translation>tidak bergerak: pengawal memberi kod sebab %1</translation>
    </message>
    <message>
        <source>homed: the lift is down and the shuttle at the bay</source>
        <translation>di asal: lif di bawah dan troli di petak</translation>
    </message>
    <message>
        <source>%1; chosen by %2: %3. %4</source>
        <translation>%1; dipilih mengikut %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rack&apos;s type %1 packs are ready</source>
        <translation>
            <numerusform>%n pek jenis %1 dalam rak sedia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, kemudian %2</translation>
    </message>
    <message>
        <source>slot %1 (%2 % SoC, %3 % SoH, %4)</source>
        <translation>slot %1 (%2 % SoC, %3 % SoH, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n kitaran</numerusform>
        </translation>
    </message>
    <message>
        <source>cycles unknown</source>
        <translation>kitaran tidak diketahui</translation>
    </message>
    <message>
        <source>Depleted pack to slot %1.</source>
        <translation>Pek habis cas ke slot %1.</translation>
    </message>
    <message>
        <source>Block 1 carries no pack: nothing to take out first.</source>
        <translation>Blok 1 tiada pek: tiada apa untuk dikeluarkan dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>needs %n packs of type %1, %2</source>
        <translation>
            <numerusform>memerlukan %n pek jenis %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n sedia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rack holds no type %2 pack</source>
        <translation>%1: rak tiada pek jenis %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; enough ready in about %3 min</source>
        <translation>%1: %2; cukup sedia dalam kira-kira %3 min</translation>
    </message>
    <message>
        <source>no free slot for the depleted pack: every slot holds a pack</source>
        <translation>tiada slot kosong untuk pek habis cas: setiap slot berisi pek</translation>
    </message>
    <message numerus="yes">
        <source>%n without a pack code</source>
        <translation>
            <numerusform>%n tanpa kod pek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n dikuarantin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>%n ditempah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a charger fault</source>
        <translation>
            <numerusform>%n dengan pengecas rosak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in disabled slots</source>
        <translation>
            <numerusform>%n dalam slot dinyahdaya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with invalid readings</source>
        <translation>
            <numerusform>%n dengan bacaan tidak sah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in poor health</source>
        <translation>
            <numerusform>%n dengan kesihatan lemah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the temperature out of range</source>
        <translation>
            <numerusform>%n dengan suhu di luar julat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with insulation low</source>
        <translation>
            <numerusform>%n dengan penebatan rendah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging</source>
        <translation>
            <numerusform>%n sedang dicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged</source>
        <translation>
            <numerusform>%n belum dicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at alarm level %1</source>
        <translation>
            <numerusform>%n pada tahap penggera %1</numerusform>
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
        <translation>kitaran paling sedikit</translation>
    </message>
    <message>
        <source>best health</source>
        <translation>kesihatan terbaik</translation>
    </message>
    <message>
        <source>coolest</source>
        <translation>paling sejuk</translation>
    </message>
    <message>
        <source>lowest slot</source>
        <translation>slot terendah</translation>
    </message>
    <message>
        <source>motion held: the controller lost the console&apos;s heartbeat</source>
        <translation>pergerakan ditahan: pengawal kehilangan denyutan konsol</translation>
    </message>
    <message>
        <source>the bay light curtain is interrupted</source>
        <translation>tirai cahaya petak terganggu</translation>
    </message>
    <message>
        <source>controller faults: %1</source>
        <translation>kerosakan pengawal: %1</translation>
    </message>
    <message>
        <source>no reason given by the controller</source>
        <translation>tiada sebab diberi oleh pengawal</translation>
    </message>
    <message>
        <source>enter the person&apos;s name</source>
        <translation>masukkan nama orang itu</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>nama mempunyai paling banyak %1 aksara</translation>
    </message>
    <message>
        <source>a name is letters, digits, spaces and . - &apos; only</source>
        <translation>nama hanya boleh mengandungi huruf, digit, ruang dan . - &apos;</translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation>sudah ada pengguna bernama %1</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>tiada pengguna bernama %1</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN mesti 4 hingga 8 digit</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 1234): choose another</source>
        <translation>PIN itu terlalu mudah diteka (satu digit berulang, atau urutan seperti 1234): pilih yang lain</translation>
    </message>
    <message>
        <source>another user has that PIN: choose another</source>
        <translation>pengguna lain mempunyai PIN itu: pilih yang lain</translation>
    </message>
    <message>
        <source>the two PINs differ: enter the same PIN twice</source>
        <translation>kedua-dua PIN berbeza: masukkan PIN yang sama dua kali</translation>
    </message>
    <message>
        <source>another user has that badge</source>
        <translation>pengguna lain mempunyai kad itu</translation>
    </message>
    <message>
        <source>a badge reads at least 4 characters</source>
        <translation>kad mesti dibaca sekurang-kurangnya 4 aksara</translation>
    </message>
    <message>
        <source>wrong PIN (%1 of %2 tries)</source>
        <translation>PIN salah (%1 daripada %2 percubaan)</translation>
    </message>
    <message>
        <source>too many wrong PINs: sign-in is locked for %1 s</source>
        <translation>terlalu banyak PIN salah: log masuk dikunci selama %1 s</translation>
    </message>
    <message>
        <source>wrong PIN, %1 times: sign-in is locked for %2 s</source>
        <translation>PIN salah, %1 kali: log masuk dikunci selama %2 s</translation>
    </message>
    <message>
        <source>that badge belongs to no user</source>
        <translation>kad itu bukan milik mana-mana pengguna</translation>
    </message>
    <message>
        <source>%1 is disabled: a supervisor can enable them again</source>
        <translation>%1 dinyahdaya: penyelia boleh mendayakannya semula</translation>
    </message>
    <message>
        <source>%1 is a training user: training users sign in on the simulated station only</source>
        <translation>%1 ialah pengguna latihan: pengguna latihan log masuk di stesen simulasi sahaja</translation>
    </message>
    <message>
        <source>%1 is the last supervisor: add another supervisor first</source>
        <translation>%1 ialah penyelia terakhir: tambah penyelia lain dahulu</translation>
    </message>
    <message>
        <source>enter the PIN first</source>
        <translation>masukkan PIN dahulu</translation>
    </message>
    <message>
        <source>no one can sign in: the user file cannot be used (%1)</source>
        <translation>tiada sesiapa boleh log masuk: fail pengguna tidak boleh digunakan (%1)</translation>
    </message>
    <message>
        <source>only a supervisor manages users</source>
        <translation>hanya penyelia boleh mengurus pengguna</translation>
    </message>
    <message>
        <source>maintenance needs a signed-in technician or supervisor</source>
        <translation>penyelenggaraan memerlukan juruteknik atau penyelia yang telah log masuk</translation>
    </message>
    <message>
        <source>a swap is running: maintenance waits for it to end</source>
        <translation>penukaran sedang berjalan: penyelenggaraan menunggu sehingga ia selesai</translation>
    </message>
    <message>
        <source>the station is in maintenance already</source>
        <translation>stesen sudah dalam penyelenggaraan</translation>
    </message>
    <message>
        <source>the station is not in maintenance</source>
        <translation>stesen tidak dalam penyelenggaraan</translation>
    </message>
    <message>
        <source>maintenance asked of the controller: it shows once the controller confirms</source>
        <translation>penyelenggaraan diminta daripada pengawal: ia dipaparkan sebaik sahaja pengawal mengesahkan</translation>
    </message>
    <message>
        <source>automatic operation asked of the controller</source>
        <translation>operasi automatik diminta daripada pengawal</translation>
    </message>
    <message>
        <source>the controller confirms maintenance mode</source>
        <translation>pengawal mengesahkan mod penyelenggaraan</translation>
    </message>
    <message>
        <source>the controller confirms automatic operation</source>
        <translation>pengawal mengesahkan operasi automatik</translation>
    </message>
    <message>
        <source>the station stays in maintenance until it is safe: %1</source>
        <translation>stesen kekal dalam penyelenggaraan sehingga selamat: %1</translation>
    </message>
    <message>
        <source>motion needs maintenance mode: enter it first</source>
        <translation>pergerakan memerlukan mod penyelenggaraan: masuk mod itu dahulu</translation>
    </message>
    <message>
        <source>the move stopped: %1</source>
        <translation>gerakan berhenti: %1</translation>
    </message>
    <message>
        <source>a second finger touched the screen</source>
        <translation>jari kedua menyentuh skrin</translation>
    </message>
    <message>
        <source>the console&apos;s window stopped being the active one</source>
        <translation>tetingkap konsol tidak lagi aktif</translation>
    </message>
    <message>
        <source>the button went away (page changed, or signed out)</source>
        <translation>butang hilang (halaman berubah, atau log keluar)</translation>
    </message>
    <message>
        <source>the lift is not down (home the axes)</source>
        <translation>lif tidak di bawah (kembalikan paksi ke asal)</translation>
    </message>
    <message>
        <source>the shuttle is not at the bay (home the axes)</source>
        <translation>troli tidak di petak (kembalikan paksi ke asal)</translation>
    </message>
    <message>
        <source>a pack is on the lift</source>
        <translation>ada pek di atas lif</translation>
    </message>
    <message>
        <source>a pack is on the shuttle</source>
        <translation>ada pek di atas troli</translation>
    </message>
    <message>
        <source>an axis is still moving</source>
        <translation>paksi masih bergerak</translation>
    </message>
    <message>
        <source>lock head %1 is faulted</source>
        <translation>kepala kunci %1 rosak</translation>
    </message>
    <message>
        <source>no data from the controller</source>
        <translation>tiada data daripada pengawal</translation>
    </message>
    <message>
        <source>slot %1 is out of service: %2</source>
        <translation>slot %1 tidak beroperasi: %2</translation>
    </message>
    <message>
        <source>slot %1 is out of service until %3: %2</source>
        <translation>slot %1 tidak beroperasi hingga %3: %2</translation>
    </message>
    <message>
        <source>slot %1 is back in service</source>
        <translation>slot %1 kembali beroperasi</translation>
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
        <translation>nyatakan sebab slot tidak beroperasi</translation>
    </message>
    <message>
        <source>slot %1 is in the running swap</source>
        <translation>slot %1 dalam penukaran yang sedang berjalan</translation>
    </message>
    <message>
        <source>that time has passed already</source>
        <translation>masa itu sudah berlalu</translation>
    </message>
    <message>
        <source>charger repair</source>
        <translation>pembaikan pengecas</translation>
    </message>
    <message>
        <source>connector worn</source>
        <translation>penyambung haus</translation>
    </message>
    <message>
        <source>slot inspection</source>
        <translation>pemeriksaan slot</translation>
    </message>
    <message>
        <source>cooling fault</source>
        <translation>kerosakan penyejukan</translation>
    </message>
    <message>
        <source>rack damage</source>
        <translation>kerosakan rak</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>kerja lain</translation>
    </message>
    <message>
        <source>no plate given</source>
        <translation>tiada plat diberi</translation>
    </message>
    <message>
        <source>a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); not %1</source>
        <translation>plat hanya mengandungi huruf, digit, ruang dan tanda sempang (konsonan Thai dibenarkan); bukan %1</translation>
    </message>
    <message>
        <source>a plate has %1 to %2 characters, not %3</source>
        <translation>plat mempunyai %1 hingga %2 aksara, bukan %3</translation>
    </message>
    <message>
        <source>a vehicle carries 1 to %1 pack blocks</source>
        <translation>kenderaan membawa 1 hingga %1 blok pek</translation>
    </message>
    <message>
        <source>a vehicle needs a pack type</source>
        <translation>kenderaan memerlukan jenis pek</translation>
    </message>
    <message>
        <source>that code is not a vehicle tag (4-40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;): scan again</source>
        <translation>kod itu bukan tag kenderaan (4-40 huruf, digit, &apos;:&apos;, &apos;_&apos; atau &apos;-&apos;): imbas semula</translation>
    </message>
    <message>
        <source>no vehicle is registered with code %1</source>
        <translation>tiada kenderaan berdaftar dengan kod %1</translation>
    </message>
    <message>
        <source>%1 is not a registered vehicle: check the plate, or ask the fleet office to register it</source>
        <translation>%1 bukan kenderaan berdaftar: semak plat, atau minta pejabat armada mendaftarkannya</translation>
    </message>
    <message>
        <source>%1 is disabled at this station: a technician can enable it on the Vehicles page</source>
        <translation>%1 dinyahdaya di stesen ini: juruteknik boleh mendayakannya di halaman Kenderaan</translation>
    </message>
    <message>
        <source>only a signed-in technician or supervisor changes the vehicle registry</source>
        <translation>hanya juruteknik atau penyelia yang telah log masuk boleh mengubah daftar kenderaan</translation>
    </message>
    <message>
        <source>%1 is already registered: tap it in the list to edit it</source>
        <translation>%1 sudah berdaftar: ketik dalam senarai untuk menyuntingnya</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 tiada dalam daftar</translation>
    </message>
    <message>
        <source>the last change is still being recorded: try again in a moment</source>
        <translation>perubahan terakhir masih direkodkan: cuba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>the journal could not record it, so nothing was changed: %1</source>
        <translation>jurnal tidak dapat merekodnya, jadi tiada apa yang diubah: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is registered (%2, type %3, %n blocks)</source>
        <translation>
            <numerusform>%1 didaftarkan (%2, jenis %3, %n blok)</numerusform>
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
        <translation>%1: tiada apa untuk diubah</translation>
    </message>
    <message>
        <source>%1 is disabled: no swap starts for it until it is enabled again</source>
        <translation>%1 dinyahdaya: tiada penukaran bermula untuknya sehingga didayakan semula</translation>
    </message>
    <message>
        <source>%1 is enabled: it may be swapped again</source>
        <translation>%1 didayakan: ia boleh ditukar semula</translation>
    </message>
    <message>
        <source>%1 was already disabled</source>
        <translation>%1 sudah dinyahdaya</translation>
    </message>
    <message>
        <source>%1 was already enabled</source>
        <translation>%1 sudah didayakan</translation>
    </message>
    <message>
        <source>%1 imported: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 diimport: %2 baharu, %3 dikemas kini, %4 tidak berubah</translation>
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
        <translation>jenis pek</translation>
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
        <translation>tiada armada diberi: setiap kenderaan milik sesuatu armada</translation>
    </message>
    <message>
        <source>a fleet&apos;s name has at most %1 characters, not %2</source>
        <translation>nama armada paling banyak %1 aksara, bukan %2</translation>
    </message>
    <message>
        <source>a model&apos;s name has at most %1 characters, not %2</source>
        <translation>nama model paling banyak %1 aksara, bukan %2</translation>
    </message>
    <message>
        <source>pack type %1: one of %2</source>
        <translation>jenis pek %1: mesti salah satu daripada %2</translation>
    </message>
    <message>
        <source>choose the vehicle&apos;s pack type</source>
        <translation>pilih jenis pek kenderaan</translation>
    </message>
    <message>
        <source>blocks %1: a vehicle carries 1 to %2 pack blocks</source>
        <translation>blok %1: kenderaan membawa 1 hingga %2 blok pek</translation>
    </message>
    <message>
        <source>plate %1: %2</source>
        <translation>plat %1: %2</translation>
    </message>
    <message>
        <source>tag %1: a tag is 4 to 40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>tag %1: tag ialah 4 hingga 40 huruf, digit, &apos;:&apos;, &apos;_&apos; atau &apos;-&apos;</translation>
    </message>
    <message>
        <source>at most %1 tags a vehicle, not %2</source>
        <translation>paling banyak %1 tag bagi setiap kenderaan, bukan %2</translation>
    </message>
    <message>
        <source>tag %1 already names %2</source>
        <translation>tag %1 sudah menamakan %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 juga ada pada baris %2</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 pada baris %2</translation>
    </message>
    <message>
        <source>%1 values where the first line names %2 columns</source>
        <translation>%1 nilai sedangkan baris pertama menamakan %2 lajur</translation>
    </message>
    <message>
        <source>the first line must name the columns plate, fleet, model, pack_type, blocks (and tags, if any); it reads %1</source>
        <translation>baris pertama mesti menamakan lajur plate, fleet, model, pack_type, blocks (dan tags, jika ada); baris itu berbunyi %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8</source>
        <translation>fail bukan teks UTF-8 (baris %1, bait %2): simpan sebagai CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>fail tidak dapat dibaca sebagai CSV: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB: a vehicle list is at most %2 MB</source>
        <translation>fail bersaiz %1 MB: senarai kenderaan paling besar %2 MB</translation>
    </message>
    <message>
        <source>the file lists no vehicles</source>
        <translation>fail tidak menyenaraikan sebarang kenderaan</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines are wrong</source>
        <translation>
            <numerusform>%n baris lagi salah</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 tidak diimport, tiada apa yang diubah: %2</translation>
    </message>
    <message>
        <source>nothing to acknowledge: the alarm is not unacknowledged</source>
        <translation>tiada apa untuk diakui: penggera bukan dalam keadaan belum diakui</translation>
    </message>
    <message>
        <source>acknowledging %1 needs the %2 role</source>
        <translation>mengakui %1 memerlukan peranan %2</translation>
    </message>
    <message>
        <source>nothing to reset: the alarm is not latched with its cause gone</source>
        <translation>tiada apa untuk diset semula: penggera tidak menunggu set semula selepas puncanya hilang</translation>
    </message>
    <message>
        <source>acknowledge the alarm before resetting it</source>
        <translation>akui penggera dahulu sebelum set semula</translation>
    </message>
    <message>
        <source>resetting %1 needs the %2 role</source>
        <translation>set semula %1 memerlukan peranan %2</translation>
    </message>
    <message>
        <source>only an annunciated alarm can be shelved</source>
        <translation>hanya penggera yang sedang dipaparkan boleh ditangguh</translation>
    </message>
    <message>
        <source>%1 may not be shelved</source>
        <translation>%1 tidak boleh ditangguh</translation>
    </message>
    <message>
        <source>shelving needs the %1 role</source>
        <translation>menangguh memerlukan peranan %1</translation>
    </message>
    <message>
        <source>shelving needs a reason</source>
        <translation>menangguh memerlukan sebab</translation>
    </message>
    <message>
        <source>shelve for at most %1 minutes</source>
        <translation>tangguh paling lama %1 minit</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>penggera tidak ditangguh</translation>
    </message>
    <message>
        <source>unshelving needs the %1 role</source>
        <translation>membatalkan tangguh memerlukan peranan %1</translation>
    </message>
    <message>
        <source>no such alarm point</source>
        <translation>tiada titik penggera sedemikian</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs the technician role</source>
        <translation>menjadikan penggera tidak beroperasi memerlukan peranan juruteknik</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs a reason</source>
        <translation>menjadikan penggera tidak beroperasi memerlukan sebab</translation>
    </message>
    <message>
        <source>the alarm is in service</source>
        <translation>penggera sedang beroperasi</translation>
    </message>
    <message>
        <source>recording the start in the journal</source>
        <translation>merekod permulaan dalam jurnal</translation>
    </message>
    <message>
        <source>the start was not sent: the journal could not record it</source>
        <translation>arahan mula tidak dihantar: jurnal tidak dapat merekodnya</translation>
    </message>
    <message>
        <source>start sent: waiting for the controller</source>
        <translation>arahan mula dihantar: menunggu pengawal</translation>
    </message>
    <message>
        <source>abort requested: the controller brings the step to a safe stop</source>
        <translation>pembatalan diminta: pengawal menghentikan langkah dengan selamat</translation>
    </message>
    <message>
        <source>the controller did not start the swap: %1</source>
        <translation>pengawal tidak memulakan penukaran: %1</translation>
    </message>
    <message>
        <source>no answer to the start command: watching the station to learn whether it started</source>
        <translation>tiada jawapan kepada arahan mula: memantau stesen untuk mengetahui sama ada ia bermula</translation>
    </message>
    <message>
        <source>the abort was not confirmed by the controller (%1)</source>
        <translation>pembatalan tidak disahkan oleh pengawal (%1)</translation>
    </message>
    <message>
        <source>the controller has no swap running: the start never took effect</source>
        <translation>pengawal tiada penukaran yang sedang berjalan: arahan mula tidak pernah berkuat kuasa</translation>
    </message>
    <message>
        <source>the start command got no answer and never ran</source>
        <translation>arahan mula tiada jawapan dan tidak pernah dijalankan</translation>
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
        <translation>penukaran sudah berjalan semasa konsol bersambung, %1</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>dimulakan dengan butang tempatan petak</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>dimulakan dari terminal lain</translation>
    </message>
    <message>
        <source>started from this console</source>
        <translation>dimulakan dari konsol ini</translation>
    </message>
    <message>
        <source>swap completed</source>
        <translation>penukaran selesai</translation>
    </message>
    <message>
        <source>swap completed, but the console&apos;s check disagrees: %1</source>
        <translation>penukaran selesai, tetapi semakan konsol tidak sepadan: %1</translation>
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
        <translation>pengawal tidak lagi melaporkan penukaran ini: kesudahannya tidak diketahui</translation>
    </message>
    <message>
        <source>the serial line went away (adapter unplugged, or the device server or simulator closed it): %1</source>
        <translation>talian bersiri hilang (penyesuai dicabut, atau pelayan peranti atau simulator menutupnya): %1</translation>
    </message>
    <message>
        <source>answer failed its CRC check (noise on the line?)</source>
        <translation>jawapan gagal semakan CRC (hingar pada talian?)</translation>
    </message>
    <message>
        <source>answer longer than expected (noise or a second talker)</source>
        <translation>jawapan lebih panjang daripada dijangka (hingar atau penghantar kedua)</translation>
    </message>
    <message>
        <source>byte count %1 for %2 registers</source>
        <translation>kiraan bait %1 untuk %2 daftar</translation>
    </message>
    <message>
        <source>write echo %1 differs from the request</source>
        <translation>gema penulisan %1 berbeza daripada permintaan</translation>
    </message>
    <message>
        <source>write answer %1 differs from the request</source>
        <translation>jawapan penulisan %1 berbeza daripada permintaan</translation>
    </message>
    <message>
        <source>answer from unit %1, expected %2</source>
        <translation>jawapan daripada unit %1, dijangka %2</translation>
    </message>
    <message>
        <source>no valid answer within %1 ms, only %2 bytes of noise or a cut answer</source>
        <translation>tiada jawapan sah dalam %1 ms, hanya %2 bait hingar atau jawapan terpotong</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>tiada jawapan dalam %1 ms</translation>
    </message>
    <message>
        <source>answer cut short: %1 of %2 bytes</source>
        <translation>jawapan terpotong: %1 daripada %2 bait</translation>
    </message>
    <message>
        <source>controller answered function %1 with exception %2 (%3)</source>
        <translation>pengawal menjawab fungsi %1 dengan pengecualian %2 (%3)</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>fungsi tidak sah</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>alamat data tidak sah</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>nilai data tidak sah</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>kegagalan peranti</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>peranti sibuk</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>pengecualian tidak diketahui</translation>
    </message>
    <message>
        <source>serial port %1 does not exist: check that the USB adapter is plugged in (ls /dev/serial/by-id/) and that the path is right</source>
        <translation>port bersiri %1 tidak wujud: pastikan penyesuai USB dipasang (ls /dev/serial/by-id/) dan laluannya betul</translation>
    </message>
    <message>
        <source>no permission to open %1: add the console&apos;s user to the &apos;dialout&apos; group (see the README&apos;s udev notes)</source>
        <translation>tiada kebenaran membuka %1: tambah pengguna konsol ke kumpulan &apos;dialout&apos; (lihat nota udev dalam README)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>the link is not connected</source>
        <translation>pautan tidak bersambung</translation>
    </message>
    <message>
        <source>the device answers but is not a swap-station controller (identity %1, expected %2): check the unit id and the wiring</source>
        <translation>peranti menjawab tetapi bukan pengawal stesen tukar bateri (identiti %1, dijangka %2): periksa id unit dan pendawaian</translation>
    </message>
    <message>
        <source>controller speaks protocol %1, this console %2: update one of them</source>
        <translation>pengawal menggunakan protokol %1, konsol ini %2: kemas kini salah satunya</translation>
    </message>
    <message>
        <source>controller reports %1 rack slots</source>
        <translation>pengawal melaporkan %1 slot rak</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>membuka %1</translation>
    </message>
    <message>
        <source>built-in simulated station</source>
        <translation>stesen simulasi terbina dalam</translation>
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
        <translation>tiada jawapan sah selama %1 s (%2)</translation>
    </message>
    <message>
        <source>controller heartbeat has not changed for %1 s: the controller program may have stopped; its values are not current</source>
        <translation>denyutan pengawal tidak berubah selama %1 s: program pengawal mungkin terhenti; nilainya tidak terkini</translation>
    </message>
    <message>
        <source>errors have cleared</source>
        <translation>ralat telah hilang</translation>
    </message>
    <message>
        <source>the controller answers again, heartbeat changing</source>
        <translation>pengawal menjawab semula, denyutan berubah</translation>
    </message>
    <message>
        <source>controller answers, heartbeat changing</source>
        <translation>pengawal menjawab, denyutan berubah</translation>
    </message>
    <message>
        <source>errors on the line, recovered by retries; the controller answers</source>
        <translation>ralat pada talian, dipulihkan dengan cubaan semula; pengawal menjawab</translation>
    </message>
    <message>
        <source>the console&apos;s screen has not responded for %1 s: the console heartbeat stops, so the controller holds motion</source>
        <translation>skrin konsol tidak bertindak balas selama %1 s: denyutan konsol berhenti, jadi pengawal menahan pergerakan</translation>
    </message>
    <message>
        <source>the console&apos;s screen responds again: console heartbeat resumed</source>
        <translation>skrin konsol bertindak balas semula: denyutan konsol bersambung semula</translation>
    </message>
    <message>
        <source>the controller restarted</source>
        <translation>pengawal dimulakan semula</translation>
    </message>
    <message>
        <source>the controller restarted while the link was down</source>
        <translation>pengawal dimulakan semula semasa pautan terputus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n command(s) it had not answered are unknown and will not be sent again</source>
        <translation>
            <numerusform>%1: hasil %n arahan yang belum dijawabnya tidak diketahui, dan tidak akan dihantar semula</numerusform>
        </translation>
    </message>
    <message>
        <source>the console closed the link before the controller answered</source>
        <translation>konsol menutup pautan sebelum pengawal menjawab</translation>
    </message>
    <message>
        <source>not sent: the link to the controller is %1</source>
        <translation>tidak dihantar: pautan ke pengawal %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>terputus</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>the controller restarted before it reported the end; check the station before repeating it</source>
        <translation>pengawal dimulakan semula sebelum melaporkan tamat; periksa stesen sebelum mengulanginya</translation>
    </message>
    <message>
        <source>not sent: the controller restarted; check the station, then send it again</source>
        <translation>tidak dihantar: pengawal dimulakan semula; periksa stesen, kemudian hantar semula</translation>
    </message>
    <message>
        <source>the controller answered sequence %1 for %2: another master on the line?</source>
        <translation>pengawal menjawab nombor urutan %1 untuk %2: ada master lain pada talian?</translation>
    </message>
    <message>
        <source>the controller no longer reports it as running</source>
        <translation>pengawal tidak lagi melaporkannya sedang berjalan</translation>
    </message>
    <message>
        <source>a later command replaced its answer before it reported its end</source>
        <translation>arahan kemudian menggantikan jawapannya sebelum tamatnya dilaporkan</translation>
    </message>
    <message>
        <source>the controller&apos;s swap result now describes another swap</source>
        <translation>hasil penukaran pengawal kini bagi penukaran lain</translation>
    </message>
    <message>
        <source>the controller reports no result for the swap it accepted</source>
        <translation>pengawal tidak melaporkan hasil bagi penukaran yang diterimanya</translation>
    </message>
    <message>
        <source>accepted, but its end was not reported in time: check the station</source>
        <translation>diterima, tetapi tamatnya tidak dilaporkan dalam masa: periksa stesen</translation>
    </message>
    <message>
        <source>not sent: the link could not carry it in time</source>
        <translation>tidak dihantar: pautan tidak sempat menghantarnya</translation>
    </message>
    <message>
        <source>no answer in time: the command may or may not have been carried out; check the station before repeating it</source>
        <translation>tiada jawapan dalam masa: arahan mungkin telah dilaksanakan atau tidak; periksa stesen sebelum mengulanginya</translation>
    </message>
    <message>
        <source>not sent: the link went down</source>
        <translation>tidak dihantar: pautan terputus</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>tiada jurnal di %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>semakan integriti SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>semakan integriti SQLite</translation>
    </message>
    <message>
        <source>schema: %1 of %2 steps applied; the console applies the rest at its next start</source>
        <translation>skema: %1 daripada %2 langkah dilaksanakan; konsol melaksanakan bakinya pada permulaan seterusnya</translation>
    </message>
    <message>
        <source>no records yet: the journal&apos;s tables are not all made</source>
        <translation>belum ada rekod: belum semua jadual jurnal dicipta</translation>
    </message>
    <message>
        <source>row %1: its predecessor is missing or was changed</source>
        <translation>baris %1: baris sebelumnya hilang atau telah diubah</translation>
    </message>
    <message>
        <source>row %1: its contents were changed after it was written</source>
        <translation>baris %1: kandungannya diubah selepas ditulis</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but %2 rows were written: rows were removed from its end</source>
        <translation>rantai berakhir pada baris %1, tetapi %2 baris telah ditulis: ada baris dibuang dari hujungnya</translation>
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
            <numerusform>meterai kalis usik atas %n rekod, berkunci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events archived (the fleet holds them)</source>
        <translation>
            <numerusform>%n peristiwa diarkibkan (disimpan oleh armada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox: %n rows point at no event</source>
        <translation>
            <numerusform>peti keluar: %n baris tidak merujuk kepada sebarang peristiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox consistent, %n events not yet sent</source>
        <translation>
            <numerusform>peti keluar konsisten, %n peristiwa belum dihantar</numerusform>
        </translation>
    </message>
    <message>
        <source>tamper seal not checked: no station key given (--key-file)</source>
        <translation>meterai kalis usik tidak disemak: tiada kunci stesen diberi (--key-file)</translation>
    </message>
    <message>
        <source>%1; the console keeps asking</source>
        <translation>%1; konsol terus bertanya</translation>
    </message>
    <message>
        <source>tamper seal: %1</source>
        <translation>meterai kalis usik: %1</translation>
    </message>
    <message>
        <source>event sequence: %1 events numbered %2-%3: some are missing</source>
        <translation>urutan peristiwa: %1 peristiwa bernombor %2-%3: ada yang hilang</translation>
    </message>
    <message>
        <source>event sequence %1-%2 without gaps (1-%3 are in the file set aside as damaged)</source>
        <translation>urutan peristiwa %1-%2 tanpa jurang (1-%3 dalam fail yang diketepikan kerana rosak)</translation>
    </message>
    <message>
        <source>event sequence 1-%1 without gaps</source>
        <translation>urutan peristiwa 1-%1 tanpa jurang</translation>
    </message>
    <message>
        <source>seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be trusted</source>
        <translation>pautan meterai %1 (%2 baris %3) telah diubah atau dipalsukan: rantai selepasnya tidak boleh dipercayai</translation>
    </message>
    <message>
        <source>%1 row %2 was added outside the console</source>
        <translation>%1 baris %2 ditambah di luar konsol</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was written</source>
        <translation>%1 baris %2 diubah selepas ditulis</translation>
    </message>
    <message>
        <source>archived %1 row %2 was added outside the console</source>
        <translation>arkib %1 baris %2 ditambah di luar konsol</translation>
    </message>
    <message>
        <source>archived %1 row %2 was changed after it was written</source>
        <translation>arkib %1 baris %2 diubah selepas ditulis</translation>
    </message>
    <message>
        <source>%1 row %2 was removed</source>
        <translation>%1 baris %2 telah dibuang</translation>
    </message>
    <message>
        <source>Map identifier, always %1 (&quot;SS&quot;)</source>
        <translation>Pengecam peta, sentiasa %1 (&quot;SS&quot;)</translation>
    </message>
    <message>
        <source>Protocol version: major * %1 + minor</source>
        <translation>Versi protokol: utama * %1 + kecil</translation>
    </message>
    <message>
        <source>Rack slots this station has</source>
        <translation>Slot rak yang ada di stesen ini</translation>
    </message>
    <message>
        <source>Series cells per pack (cell detail length)</source>
        <translation>Sel bersiri bagi setiap pek (panjang butiran sel)</translation>
    </message>
    <message>
        <source>Temperature sensors per pack</source>
        <translation>Penderia suhu bagi setiap pek</translation>
    </message>
    <message>
        <source>Lock heads fitted in the bay</source>
        <translation>Kepala kunci yang dipasang di petak</translation>
    </message>
    <message>
        <source>Controller serial number</source>
        <translation>Nombor siri pengawal</translation>
    </message>
    <message>
        <source>Controller firmware: major * %1 + minor</source>
        <translation>Perisian tegar pengawal: utama * %1 + kecil</translation>
    </message>
    <message>
        <source>Most pack blocks one vehicle may carry</source>
        <translation>Bilangan maksimum blok pek yang boleh dibawa oleh satu kenderaan</translation>
    </message>
    <message>
        <source>Vendor and model, ASCII</source>
        <translation>Pembekal dan model, ASCII</translation>
    </message>
    <message>
        <source>Controller heartbeat: +%1 every controller cycle (%2 ms), wraps at %3</source>
        <translation>Denyutan pengawal: +%1 setiap kitaran pengawal (%2 ms), kembali ke awal selepas %3</translation>
    </message>
    <message>
        <source>Console heartbeat: the console writes a new value on every poll. If it stops changing for the watchdog time, the controller holds all motion</source>
        <translation>Denyutan konsol: konsol menulis nilai baharu pada setiap tinjauan. Jika nilainya tidak berubah selama tempoh pengawas, pengawal menahan semua pergerakan</translation>
    </message>
    <message>
        <source>Station mode</source>
        <translation>Mod stesen</translation>
    </message>
    <message>
        <source>Station state</source>
        <translation>Keadaan stesen</translation>
    </message>
    <message>
        <source>Current sequence step</source>
        <translation>Langkah urutan semasa</translation>
    </message>
    <message>
        <source>Time spent in the current step</source>
        <translation>Masa berlalu dalam langkah semasa</translation>
    </message>
    <message>
        <source>Expected duration of the current step</source>
        <translation>Jangkaan tempoh langkah semasa</translation>
    </message>
    <message>
        <source>Pack block being swapped (%1-based; %2 none)</source>
        <translation>Blok pek yang sedang ditukar (bermula dari %1; %2 = tiada)</translation>
    </message>
    <message>
        <source>Pack blocks in the running swap</source>
        <translation>Blok pek dalam penukaran yang sedang berjalan</translation>
    </message>
    <message>
        <source>Status flags</source>
        <translation>Bendera status</translation>
    </message>
    <message>
        <source>Result of the current or last swap</source>
        <translation>Hasil penukaran semasa atau terakhir</translation>
    </message>
    <message>
        <source>Fault that ended the last swap (%1 none)</source>
        <translation>Kerosakan yang menamatkan penukaran terakhir (%1 = tiada)</translation>
    </message>
    <message>
        <source>Swaps completed since power-up (wraps)</source>
        <translation>Penukaran yang selesai sejak dihidupkan (kembali ke awal selepas penuh)</translation>
    </message>
    <message>
        <source>Time since the running swap started</source>
        <translation>Masa sejak penukaran yang sedang berjalan bermula</translation>
    </message>
    <message>
        <source>Console heartbeat watchdog time</source>
        <translation>Masa pengawas denyutan konsol</translation>
    </message>
    <message>
        <source>Number of active fault codes</source>
        <translation>Bilangan kod kerosakan aktif</translation>
    </message>
    <message>
        <source>Active fault code %1 (%2 empty)</source>
        <translation>Kod kerosakan aktif %1 (%2 = kosong)</translation>
    </message>
    <message>
        <source>Command code</source>
        <translation>Kod arahan</translation>
    </message>
    <message>
        <source>Sequence number of this request (%1-%2)</source>
        <translation>Nombor urutan permintaan ini (%1-%2)</translation>
    </message>
    <message>
        <source>Argument %1 (meaning per command)</source>
        <translation>Argumen %1 (makna bergantung pada arahan)</translation>
    </message>
    <message>
        <source>Sequence number of the request answered</source>
        <translation>Nombor urutan permintaan yang dijawab</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reject reason (status REJECTED)</source>
        <translation>Sebab penolakan (status REJECTED)</translation>
    </message>
    <message>
        <source>Fault code (status FAILED)</source>
        <translation>Kod kerosakan (status FAILED)</translation>
    </message>
    <message>
        <source>Code of the command answered</source>
        <translation>Kod arahan yang dijawab</translation>
    </message>
    <message>
        <source>Sequence number of the START_SWAP whose swap status.swap_result and status.swap_fault describe; %1 when that swap was started at the bay&apos;s local start button, or no swap since power-up</source>
        <translation>Nombor urutan START_SWAP yang penukarannya diterangkan oleh status.swap_result dan status.swap_fault; %1 apabila penukaran itu dimulakan dengan butang mula tempatan di petak, atau tiada penukaran sejak dihidupkan</translation>
    </message>
    <message>
        <source>%1 when a vehicle is in the bay</source>
        <translation>%1 apabila kenderaan berada di petak</translation>
    </message>
    <message>
        <source>Longitudinal offset from target</source>
        <translation>Ofset membujur dari sasaran</translation>
    </message>
    <message>
        <source>Lateral offset from target</source>
        <translation>Ofset melintang dari sasaran</translation>
    </message>
    <message>
        <source>Positioning result</source>
        <translation>Hasil penentuan kedudukan</translation>
    </message>
    <message>
        <source>Positioning attempts that failed so far</source>
        <translation>Percubaan penentuan kedudukan yang gagal setakat ini</translation>
    </message>
    <message>
        <source>Why the last attempt was out of tolerance</source>
        <translation>Sebab percubaan terakhir di luar toleransi</translation>
    </message>
    <message>
        <source>%1 when the vehicle&apos;s HV is confirmed off</source>
        <translation>%1 apabila HV kenderaan disahkan dimatikan</translation>
    </message>
    <message>
        <source>%1 when the parking brake is confirmed</source>
        <translation>%1 apabila brek tangan disahkan</translation>
    </message>
    <message>
        <source>Pack blocks the bay sensors see on the vehicle</source>
        <translation>Blok pek pada kenderaan yang dikesan oleh penderia petak</translation>
    </message>
    <message>
        <source>Pack type seen on the vehicle</source>
        <translation>Jenis pek yang dikesan pada kenderaan</translation>
    </message>
    <message>
        <source>Plate read by the bay camera, when one is fitted (UTF-%1, up to %2 bytes: Thai and Chinese plates fit)</source>
        <translation>Plat yang dibaca oleh kamera petak, jika dipasang (UTF-%1, hingga %2 bait: plat Thai dan Cina muat)</translation>
    </message>
    <message>
        <source>Lift height above its lower limit</source>
        <translation>Ketinggian lif di atas had bawahnya</translation>
    </message>
    <message>
        <source>Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller checks it against the pack type&apos;s mass within +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): outside, the swap fails LOAD_MISMATCH (%8); above %9 kg it fails LIFT_OVERLOAD (%10) and flag OVERLOAD is set</source>
        <translation>Bacaan sel beban. Setiap kali lif mengambil pek (REMOVE, INSTALL), pengawal menyemaknya berbanding jisim jenis pek dalam +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): di luar julat itu, penukaran gagal LOAD_MISMATCH (%8); melebihi %9 kg ia gagal LIFT_OVERLOAD (%10) dan bendera OVERLOAD diset</translation>
    </message>
    <message>
        <source>Lift motion: -%1 down, %2 still, %3 up</source>
        <translation>Pergerakan lif: -%1 turun, %2 pegun, %3 naik</translation>
    </message>
    <message>
        <source>Lift limit switches</source>
        <translation>Suis had lif</translation>
    </message>
    <message>
        <source>Shuttle position along its track from the bay</source>
        <translation>Kedudukan troli di sepanjang landasannya, diukur dari petak</translation>
    </message>
    <message>
        <source>Where the shuttle stands: %1 bay, n rack slot n, %2 between stops</source>
        <translation>Tempat troli berhenti: %1 petak, n slot rak n, %2 antara hentian</translation>
    </message>
    <message>
        <source>%1 when the shuttle carries a pack</source>
        <translation>%1 apabila troli membawa pek</translation>
    </message>
    <message>
        <source>Shuttle motion: -%1 toward bay, %2 still, %3 toward rack</source>
        <translation>Pergerakan troli: -%1 ke arah petak, %2 pegun, %3 ke arah rak</translation>
    </message>
    <message>
        <source>%1 when aligned with the stop it stands at</source>
        <translation>%1 apabila sejajar dengan hentian tempat ia berada</translation>
    </message>
    <message>
        <source>Lock head %1 state</source>
        <translation>Keadaan kepala kunci %1</translation>
    </message>
    <message>
        <source>Lock head %1 last torque</source>
        <translation>Tork terakhir kepala kunci %1</translation>
    </message>
    <message>
        <source>%1 while the E-stop circuit is latched</source>
        <translation>%1 semasa litar henti kecemasan terkunci</translation>
    </message>
    <message>
        <source>%1 while the bay light curtain is interrupted</source>
        <translation>%1 semasa tirai cahaya petak terganggu</translation>
    </message>
    <message>
        <source>Open doors. While a door is open fault DOOR_OPEN (%1) is active: START_SWAP is REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS clears a swap&apos;s latched DOOR_OPEN</source>
        <translation>Pintu yang terbuka. Semasa ada pintu terbuka, kerosakan DOOR_OPEN (%1) aktif: START_SWAP dijawab REJECTED FAULT_ACTIVE, penukaran dalam langkah pergerakan (UNLOCK hingga LOCK) berhenti dan gagal DOOR_OPEN, jog ditolak DOOR_OPEN. Selepas pintu ditutup, set semula dengan RESET_FAULTS memulihkan DOOR_OPEN penukaran yang masih terkunci</translation>
    </message>
    <message>
        <source>%1 while a confirmation (RESET_FAULTS) is needed before motion</source>
        <translation>%1 semasa pengesahan (set semula dengan RESET_FAULTS) diperlukan sebelum pergerakan</translation>
    </message>
    <message>
        <source>Axis (or move) to run</source>
        <translation>Paksi (atau gerakan) untuk dijalankan</translation>
    </message>
    <message>
        <source>-%1, %2 (stop) or %3; what it means per axis below</source>
        <translation>-%1, %2 (berhenti) atau %3; maksudnya bagi setiap paksi diterangkan di bawah</translation>
    </message>
    <message>
        <source>The lease counter: a new value at least every %1 s while the button is held</source>
        <translation>Pembilang pajakan (lease): nilai baharu sekurang-kurangnya setiap %1 s semasa butang ditahan</translation>
    </message>
    <message>
        <source>Program run id: a value the controller picks at each power-up, %1-%2, never the value of the run before. A change tells the console the controller restarted (a retentive power-up counter serves).</source>
        <translation>ID larian program: nilai yang dipilih pengawal setiap kali dihidupkan, %1-%2, tidak pernah sama dengan nilai larian sebelumnya. Perubahan nilai memberitahu konsol bahawa pengawal telah dimulakan semula (pembilang hidup kuasa yang retentif juga boleh digunakan).</translation>
    </message>
    <message>
        <source>Controller clock: time since this power-up, counted by the controller (a simulator counts its simulated time); %1 at power-up, wraps to %2 after %3 (%4 years)</source>
        <translation>Jam pengawal: masa sejak dihidupkan kali ini, dikira oleh pengawal (simulator mengira masa simulasinya); %1 semasa dihidupkan, kembali ke %2 selepas %3 (%4 tahun)</translation>
    </message>
    <message>
        <source>Target of the move: slot %1-n (%2 the bay) for SHUTTLE_TO_SLOT, lock head %3-%4 for LOCK_HEAD; ignored by the other axes</source>
        <translation>Sasaran gerakan: slot %1-n (%2 = petak) untuk troli SHUTTLE_TO_SLOT, kepala kunci %3-%4 untuk LOCK_HEAD; diabaikan oleh paksi lain</translation>
    </message>
    <message>
        <source>Why the requested move does not run now (NONE: it runs)</source>
        <translation>Sebab gerakan yang diminta tidak berjalan sekarang (NONE: ia berjalan)</translation>
    </message>
    <message>
        <source>How long the current hold has moved its axis</source>
        <translation>Berapa lama tahanan semasa telah menggerakkan paksinya</translation>
    </message>
    <message>
        <source>Full lift cycles: up above %1 mm, then back to the lower limit</source>
        <translation>Kitaran penuh lif: naik melebihi %1 mm, kemudian kembali ke had bawah</translation>
    </message>
    <message>
        <source>Lock and unlock operations of all lock heads: one per head for each lock or unlock it completed</source>
        <translation>Operasi kunci dan buka kunci semua kepala kunci: satu bagi setiap kepala untuk setiap penguncian atau pembukaan kunci yang diselesaikannya</translation>
    </message>
    <message>
        <source>Distance the shuttle has travelled, whole metres</source>
        <translation>Jarak yang dilalui troli, dalam meter penuh</translation>
    </message>
    <message>
        <source>%1 when a pack sits in the slot</source>
        <translation>%1 apabila pek berada dalam slot</translation>
    </message>
    <message>
        <source>Pack code (GB/T %1, %2 characters)</source>
        <translation>Kod pek (GB/T %1, %2 aksara)</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Jenis pek</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Keadaan cas (SoC)</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>Tahap kesihatan (SoH)</translation>
    </message>
    <message>
        <source>Pack voltage</source>
        <translation>Voltan pek</translation>
    </message>
    <message>
        <source>Pack current, positive when charging</source>
        <translation>Arus pek, positif semasa mengecas</translation>
    </message>
    <message>
        <source>Lowest cell voltage</source>
        <translation>Voltan sel terendah</translation>
    </message>
    <message>
        <source>Cell with the lowest voltage (%1-based)</source>
        <translation>Sel dengan voltan terendah (bermula dari %1)</translation>
    </message>
    <message>
        <source>Highest cell voltage</source>
        <translation>Voltan sel tertinggi</translation>
    </message>
    <message>
        <source>Cell with the highest voltage (%1-based)</source>
        <translation>Sel dengan voltan tertinggi (bermula dari %1)</translation>
    </message>
    <message>
        <source>Lowest pack temperature</source>
        <translation>Suhu pek terendah</translation>
    </message>
    <message>
        <source>Highest pack temperature</source>
        <translation>Suhu pek tertinggi</translation>
    </message>
    <message>
        <source>Insulation resistance (%1 = above range)</source>
        <translation>Rintangan penebatan (%1 = melebihi julat)</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>Kitaran setara penuh</translation>
    </message>
    <message>
        <source>Slot charger state</source>
        <translation>Keadaan pengecas slot</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Kuasa pengecas</translation>
    </message>
    <message>
        <source>Highest GB/T %1 alarm level (%2-%3)</source>
        <translation>Tahap penggera GB/T %1 tertinggi (%2-%3)</translation>
    </message>
    <message>
        <source>GB/T %1 alarm flags</source>
        <translation>Bendera penggera GB/T %1</translation>
    </message>
    <message>
        <source>Rated energy</source>
        <translation>Tenaga kadaran</translation>
    </message>
    <message>
        <source>Slot state</source>
        <translation>Keadaan slot</translation>
    </message>
    <message>
        <source>Estimated time to full charge (%1 unknown)</source>
        <translation>Anggaran masa hingga cas penuh (%1 = tidak diketahui)</translation>
    </message>
    <message>
        <source>Charger charge meter: charge the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 Ah); %6 when the charger has no meter</source>
        <translation>Meter cas pengecas: cas yang telah dimasukkan oleh pengecas slot ke dalam pek sejak dihidupkan, boleh dibaca juga ketika slot kosong; kembali ke %1 selepas %2 (%3 %4 %5 Ah); %6 apabila pengecas tiada meter</translation>
    </message>
    <message>
        <source>Charger energy meter: energy the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 kWh); %6 when the charger has no meter</source>
        <translation>Meter tenaga pengecas: tenaga yang telah dimasukkan oleh pengecas slot ke dalam pek sejak dihidupkan, boleh dibaca juga ketika slot kosong; kembali ke %1 selepas %2 (%3 %4 %5 kWh); %6 apabila pengecas tiada meter</translation>
    </message>
    <message>
        <source>Slot whose cells to show</source>
        <translation>Slot yang selnya hendak dipaparkan</translation>
    </message>
    <message>
        <source>Slot whose cells are shown now (%1 none)</source>
        <translation>Slot yang selnya dipaparkan sekarang (%1 = tiada)</translation>
    </message>
    <message>
        <source>Cell voltages available</source>
        <translation>Voltan sel yang tersedia</translation>
    </message>
    <message>
        <source>Temperatures available</source>
        <translation>Suhu yang tersedia</translation>
    </message>
    <message>
        <source>Cell %1 voltage</source>
        <translation>Voltan sel %1</translation>
    </message>
    <message>
        <source>Temperature sensor %1</source>
        <translation>Penderia suhu %1</translation>
    </message>
    <message>
        <source>Reset faults</source>
        <translation>Set semula kerosakan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sambung</translation>
    </message>
    <message>
        <source>Retry positioning</source>
        <translation>Ulang kedudukan</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Nyahdaya pengecas</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Dayakan pengecas</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Paksi ke asal</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Mula semula</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>BATALKAN</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Mod penyelenggaraan</translation>
    </message>
    <message>
        <source>Automatic mode</source>
        <translation>Mod automatik</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>nothing to abort: no swap is running</source>
        <translation>tiada apa untuk dibatalkan: tiada penukaran sedang berjalan</translation>
    </message>
    <message>
        <source>confirm first that the bay is clear and nobody is inside the light curtain</source>
        <translation>sahkan dahulu bahawa petak bebas halangan dan tiada orang di dalam tirai cahaya</translation>
    </message>
    <message>
        <source>%1: sent to the controller</source>
        <translation>%1: dihantar ke pengawal</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: selesai</translation>
    </message>
    <message>
        <source>%1: the controller refused: %2. %3</source>
        <translation>%1: pengawal menolak: %2. %3</translation>
    </message>
    <message>
        <source>%1: the controller could not finish it: %2</source>
        <translation>%1: pengawal tidak dapat menyelesaikannya: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the controller; watch the station&apos;s state</source>
        <translation>%1: tiada jawapan daripada pengawal; perhatikan keadaan stesen</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: tidak dihantar: %2</translation>
    </message>
    <message>
        <source>no vehicle in the bay to start again for</source>
        <translation>tiada kenderaan di petak untuk dimulakan semula</translation>
    </message>
    <message>
        <source>the bay camera reads no plate: identify the vehicle with the plate entry or the list</source>
        <translation>kamera petak tidak membaca plat: kenal pasti kenderaan melalui input plat atau senarai</translation>
    </message>
    <message>
        <source>Start again: reading the rack, then the plan</source>
        <translation>Mula semula: membaca rak, kemudian pelan</translation>
    </message>
    <message>
        <source>%1: press and hold the button; it moves only while held</source>
        <translation>%1: tekan dan tahan butang; ia bergerak hanya semasa ditahan</translation>
    </message>
    <message>
        <source>%1: moving while held</source>
        <translation>%1: bergerak semasa ditahan</translation>
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
        <translation>Adakah petak bebas halangan, dan tiada orang di dalam tirai cahaya?</translation>
    </message>
    <message>
        <source>Yes, the bay is clear</source>
        <translation>Ya, petak bebas halangan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Kini: %1</translation>
    </message>
    <message>
        <source>Safe: %1</source>
        <translation>Selamat: %1</translation>
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
        <translation>%1: adakah petak bebas halangan, dan tiada orang di dalam tirai cahaya?</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>not read</source>
        <translation>tidak dibaca</translation>
    </message>
    <message>
        <source>not in this controller&apos;s protocol</source>
        <translation>tiada dalam protokol pengawal ini</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Daftar</translation>
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
        <translation>Bit diset</translation>
    </message>
</context>
<context>
    <name>RegisterMonitor</name>
    <message>
        <source>Identity</source>
        <translation>Identiti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Petak</translation>
    </message>
    <message>
        <source>Lift, shuttle</source>
        <translation>Lif, troli</translation>
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
        <translation>Keadaan jog</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Larian</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Penyelenggaraan</translation>
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
        <translation>%1 bukan daftar dalam peta stesen ini.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 baca sahaja.</translation>
    </message>
    <message>
        <source>%1 is written only by the console&apos;s own handshake (a command whole, a jog while its hold-to-run button is held), never from here.</source>
        <translation>%1 hanya ditulis oleh jabat tangan konsol sendiri (arahan secara keseluruhan, jog semasa butang tahan-untuk-gerak ditahan), tidak sekali-kali dari sini.</translation>
    </message>
    <message>
        <source>%1 holds text: it is not written from here.</source>
        <translation>%1 menyimpan teks: ia tidak ditulis dari sini.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not a number.</source>
        <translation>Tidak dihantar: %2 bukan nombor.</translation>
    </message>
    <message>
        <source>Not sent: %1 counts in steps of %3; %2 is between two steps.</source>
        <translation>Tidak dihantar: %1 dikira dalam langkah %3; %2 berada di antara dua langkah.</translation>
    </message>
    <message>
        <source>Not sent: %2 is below the documented minimum of %1, %3.</source>
        <translation>Tidak dihantar: %2 di bawah minimum terdokumen bagi %1, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is above the documented maximum of %1, %3.</source>
        <translation>Tidak dihantar: %2 melebihi maksimum terdokumen bagi %1, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not one of the values of %1 (%3).</source>
        <translation>Tidak dihantar: %2 bukan salah satu nilai %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: %2 does not fit %1&apos;s register (%3).</source>
        <translation>Tidak dihantar: %2 tidak muat dalam daftar %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: the controller is not in maintenance mode.</source>
        <translation>Tidak dihantar: pengawal tidak dalam mod penyelenggaraan.</translation>
    </message>
    <message>
        <source>Not sent: the link to the controller is down.</source>
        <translation>Tidak dihantar: pautan ke pengawal terputus.</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>fungsi tidak sah</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>alamat data tidak sah</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>nilai data tidak sah</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>kegagalan peranti</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>peranti sibuk</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tiada jawapan</translation>
    </message>
    <message>
        <source>answer cut short</source>
        <translation>jawapan terpotong</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>ralat CRC</translation>
    </message>
    <message>
        <source>answer from another unit</source>
        <translation>jawapan daripada unit lain</translation>
    </message>
    <message>
        <source>answer does not fit the request</source>
        <translation>jawapan tidak sepadan dengan permintaan</translation>
    </message>
    <message>
        <source>serial line gone</source>
        <translation>talian bersiri hilang</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ralat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak sah</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>tidak tersedia</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>tiada diset</translation>
    </message>
</context>
<context>
    <name>RegisterMonitorPage</name>
    <message>
        <source>Register monitor</source>
        <translation>Pemantau daftar</translation>
    </message>
    <message>
        <source>Register name or address</source>
        <translation>Nama atau alamat daftar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Log bingkai</translation>
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
        <translation>Tutup papan kekunci</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Semak</translation>
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
        <translation>Kosongkan log</translation>
    </message>
    <message>
        <source>%1 of %2 registers</source>
        <translation>%1 daripada %2 daftar</translation>
    </message>
    <message>
        <source>link %1: the values are the last ones read</source>
        <translation>pautan %1: nilai ialah bacaan terakhir</translation>
    </message>
    <message>
        <source>Tap a register to see it in full.</source>
        <translation>Ketik daftar untuk melihatnya sepenuhnya.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>skala %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>julat %1</translation>
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
        <translation>diset</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Nilai: %1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>log masuk sebagai %1</translation>
    </message>
    <message>
        <source>the station is in %1 mode</source>
        <translation>stesen dalam mod %1</translation>
    </message>
    <message>
        <source>the station&apos;s mode is not known</source>
        <translation>mod stesen tidak diketahui</translation>
    </message>
    <message>
        <source>Writing needs a supervisor in maintenance mode: %1.</source>
        <translation>Penulisan memerlukan penyelia dalam mod penyelenggaraan: %1.</translation>
    </message>
    <message>
        <source>Tap a register marked RW to write it.</source>
        <translation>Ketik daftar bertanda RW untuk menulisnya.</translation>
    </message>
    <message>
        <source>%1 can be written: tap Write… to enter its new value.</source>
        <translation>%1 boleh ditulis: ketik Tulis… untuk memasukkan nilai baharunya.</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>Nilai baharu untuk %1</translation>
    </message>
    <message>
        <source>Type the new value, then Check.</source>
        <translation>Taip nilai baharu, kemudian Semak.</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1 (mentah %2)</translation>
    </message>
    <message>
        <source>not read yet (it is read just before writing)</source>
        <translation>belum dibaca (ia dibaca sejurus sebelum ditulis)</translation>
    </message>
    <message>
        <source>Write %1 at address %2?
Old value: %3
New value: %4 (raw %5)</source>
        <translation>Tulis %1 di alamat %2?
Nilai lama: %3
Nilai baharu: %4 (mentah %5)</translation>
    </message>
    <message>
        <source>Check the old and the new value, then Write it.</source>
        <translation>Semak nilai lama dan baharu, kemudian Tulis.</translation>
    </message>
    <message>
        <source>Writing %1 = %2…</source>
        <translation>Menulis %1 = %2…</translation>
    </message>
    <message>
        <source>(Not recorded: the journal is not available.)</source>
        <translation>(Tidak direkodkan: jurnal tidak tersedia.)</translation>
    </message>
    <message>
        <source>%1 written; reading it back failed.</source>
        <translation>%1 ditulis; bacaan semula gagal.</translation>
    </message>
    <message>
        <source>%1 written, but the controller now reads %2.</source>
        <translation>%1 ditulis, tetapi pengawal kini membaca %2.</translation>
    </message>
    <message>
        <source>%1 written: it reads %2 now.</source>
        <translation>%1 ditulis: kini bacaannya %2.</translation>
    </message>
    <message>
        <source>The controller refused the write with exception %1: nothing was written.</source>
        <translation>Pengawal menolak penulisan dengan pengecualian %1: tiada apa yang ditulis.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been written. Check its value before writing again.</source>
        <translation>Tiada jawapan kepada penulisan %1: ia mungkin telah ditulis atau tidak. Semak nilainya sebelum menulis lagi.</translation>
    </message>
    <message>
        <source>The answer to the write of %1 was damaged or the line went: it may or may not have been written. Check its value.</source>
        <translation>Jawapan kepada penulisan %1 rosak atau talian terputus: ia mungkin telah ditulis atau tidak. Semak nilainya.</translation>
    </message>
    <message>
        <source>Frame log: ON (tap to stop)</source>
        <translation>Log bingkai: HIDUP (ketik untuk henti)</translation>
    </message>
    <message>
        <source>Frame log: OFF (tap to start)</source>
        <translation>Log bingkai: MATI (ketik untuk mula)</translation>
    </message>
    <message>
        <source>%1 frames shown; the last %2 are kept.</source>
        <translation>%1 bingkai dipaparkan; %2 terakhir disimpan.</translation>
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
        <translation>sedang dicas</translation>
    </message>
    <message>
        <source>good: measured %1 Ah (%2)</source>
        <translation>baik: diukur %1 Ah (%2)</translation>
    </message>
    <message>
        <source>charger meter</source>
        <translation>meter pengecas</translation>
    </message>
    <message>
        <source>current integrated</source>
        <translation>kamiran arus</translation>
    </message>
    <message>
        <source>no reason kept</source>
        <translation>tiada sebab disimpan</translation>
    </message>
    <message>
        <source>not used for capacity: %1</source>
        <translation>tidak digunakan untuk kapasiti: %1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>tamat: %1</translation>
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
        <translation>Nama stesen</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>Id stesen</translation>
    </message>
    <message>
        <source>Controller link URL</source>
        <translation>URL pautan pengawal</translation>
    </message>
    <message>
        <source>Poll every, ms</source>
        <translation>Tinjau setiap, ms</translation>
    </message>
    <message>
        <source>A pack is ready at SoC, %</source>
        <translation>Pek sedia pada SoC, %</translation>
    </message>
    <message>
        <source>Lowest SoH a swap takes, %</source>
        <translation>SoH terendah untuk penukaran, %</translation>
    </message>
    <message>
        <source>Hottest pack a swap takes, °C</source>
        <translation>Pek terpanas untuk penukaran, °C</translation>
    </message>
    <message>
        <source>Lowest insulation a swap takes, kΩ</source>
        <translation>Penebatan terendah untuk penukaran, kΩ</translation>
    </message>
    <message>
        <source>Operators sign in by name</source>
        <translation>Pengendali log masuk dengan nama</translation>
    </message>
    <message>
        <source>Signed out after idle, min</source>
        <translation>Log keluar selepas melahu, min</translation>
    </message>
    <message>
        <source>Lift service every, cycles</source>
        <translation>Servis lif setiap, kitaran</translation>
    </message>
    <message>
        <source>Lock service every, cycles</source>
        <translation>Servis kunci setiap, kitaran</translation>
    </message>
    <message>
        <source>Shuttle service every, km</source>
        <translation>Servis troli setiap, km</translation>
    </message>
    <message>
        <source>Longest shelving, min</source>
        <translation>Tangguhan terpanjang, min</translation>
    </message>
    <message>
        <source>Fleet broker</source>
        <translation>Broker armada</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>Bahasa semasa mula</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Togol</translation>
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
        <translation>(tidak ditetapkan)</translation>
    </message>
    <message>
        <source>Settings can be changed by a signed-in supervisor.</source>
        <translation>Tetapan boleh diubah oleh penyelia yang telah log masuk.</translation>
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
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Ketik nama anda, kemudian taip PIN anda (atau tunjukkan kad anda)</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <source>Sign-in is open again: tap your name, enter the PIN.</source>
        <translation>Log masuk dibuka semula: ketik nama anda, masukkan PIN.</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Ketik nama anda dahulu.</translation>
    </message>
    <message>
        <source>A PIN has at most 8 digits.</source>
        <translation>PIN paling banyak 8 digit.</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>ready</source>
        <translation>sedia</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>ditempah</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>kuarantin</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>ROSAK</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>belum sedia</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>mengecas</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dinyahdaya</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>tidak sah</translation>
    </message>
    <message>
        <source>time to ready unknown</source>
        <translation>masa untuk sedia tidak diketahui</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>sedia dalam kira-kira %1 min</translation>
    </message>
    <message>
        <source>for the running swap</source>
        <translation>untuk penukaran semasa</translation>
    </message>
    <message>
        <source>held by the controller, no swap running</source>
        <translation>ditahan oleh pengawal, tiada penukaran berjalan</translation>
    </message>
    <message>
        <source>kept out of swaps</source>
        <translation>dikecualikan daripada penukaran</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>pengecas rosak</translation>
    </message>
    <message>
        <source>slot fault</source>
        <translation>slot rosak</translation>
    </message>
    <message>
        <source>charger switched off</source>
        <translation>pengecas dimatikan</translation>
    </message>
    <message>
        <source>BMS alarm level %1</source>
        <translation>tahap penggera BMS %1</translation>
    </message>
    <message>
        <source>insulation low</source>
        <translation>penebatan rendah</translation>
    </message>
    <message>
        <source>readings invalid</source>
        <translation>bacaan tidak sah</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>terlalu panas</translation>
    </message>
    <message>
        <source>too cold</source>
        <translation>terlalu sejuk</translation>
    </message>
    <message>
        <source>poor health (SoH)</source>
        <translation>kesihatan lemah (SoH)</translation>
    </message>
    <message>
        <source>SoC low, not charging</source>
        <translation>SoC rendah, tidak mengecas</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>SoC invalid</source>
        <translation>SoC tidak sah</translation>
    </message>
    <message>
        <source>STALE, %1</source>
        <translation>LAPUK, %1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Motion held</source>
        <translation>Pergerakan ditahan</translation>
    </message>
    <message>
        <source>EMERGENCY STOP</source>
        <translation>HENTI KECEMASAN</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Rosak</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatik</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Penyelenggaraan</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Bermula</translation>
    </message>
    <message>
        <source>Idle: bay empty</source>
        <translation>Melahu: petak kosong</translation>
    </message>
    <message>
        <source>Vehicle positioning</source>
        <translation>Kenderaan ke kedudukan</translation>
    </message>
    <message>
        <source>Ready to swap</source>
        <translation>Sedia ditukar</translation>
    </message>
    <message>
        <source>Swapping</source>
        <translation>Menukar</translation>
    </message>
    <message>
        <source>Swap complete: vehicle leaving</source>
        <translation>Penukaran selesai: kenderaan keluar</translation>
    </message>
    <message>
        <source>Motion held: resume when the bay is clear</source>
        <translation>Pergerakan ditahan: sambung apabila petak bebas halangan</translation>
    </message>
    <message>
        <source>No step running</source>
        <translation>Tiada langkah berjalan</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Persediaan</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Keluarkan pek</translation>
    </message>
    <message>
        <source>Transfer to rack</source>
        <translation>Pindah ke rak</translation>
    </message>
    <message>
        <source>Fetch charged pack</source>
        <translation>Ambil pek dicas</translation>
    </message>
    <message>
        <source>Install pack</source>
        <translation>Pasang pek</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Sahkan</translation>
    </message>
    <message>
        <source>Release vehicle</source>
        <translation>Lepas kenderaan</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Not charging</source>
        <translation>Tidak mengecas</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Mengecas</translation>
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
        <translation>Pengecas rosak</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Dinyahdaya</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Melahu</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menyambung</translation>
    </message>
    <message>
        <source>Charging (constant current)</source>
        <translation>Mengecas (arus malar)</translation>
    </message>
    <message>
        <source>Charging (constant voltage)</source>
        <translation>Mengecas (voltan malar)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>ROSAK</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
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
        <translation>Tiada kenderaan</translation>
    </message>
    <message>
        <source>Driving in</source>
        <translation>Sedang masuk</translation>
    </message>
    <message>
        <source>In position</source>
        <translation>Di kedudukan</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>Di luar toleransi</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Penentuan kedudukan gagal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Dalam talian</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Merosot</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>TERPUTUS</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/b</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kod %1</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>E-STOP</source>
        <translation>HENTI KECEMASAN</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Belum ada data</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mod: %1</translation>
    </message>
    <message>
        <source>LAST KNOWN, %1</source>
        <translation>TERAKHIR DIKETAHUI, %1</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>Kerosakan: %1</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Tiada kerosakan</translation>
    </message>
    <message>
        <source>E-STOP LATCHED</source>
        <translation>HENTI KECEMASAN TERKUNCI</translation>
    </message>
    <message>
        <source>E-STOP: key turned, confirm the reset</source>
        <translation>HENTI KECEMASAN: kunci dipusing, sahkan set semula</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Operator</source>
        <translation>Pengendali</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Juruteknik</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Link: connecting</source>
        <translation>Pautan: menyambung</translation>
    </message>
    <message>
        <source>Journal: starting</source>
        <translation>Jurnal: bermula</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Segerak: belum disediakan</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Butiran stesen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Penyelenggaraan</translation>
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
        <translation>%1 · log masuk</translation>
    </message>
    <message>
        <source>%1 · sign out</source>
        <translation>%1 · log keluar</translation>
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
        <translation>Pautan: %1</translation>
    </message>
    <message>
        <source>Journal: recording</source>
        <translation>Jurnal: merekod</translation>
    </message>
    <message>
        <source>Journal: DISK FULL, writing into its reserve</source>
        <translation>Jurnal: CAKERA PENUH, menulis ke ruang simpanan</translation>
    </message>
    <message>
        <source>Journal: NOT RECORDING</source>
        <translation>Jurnal: TIDAK MEREKOD</translation>
    </message>
    <message numerus="yes">
        <source>Journal: DISK FULL, %n record(s) not yet written</source>
        <translation>
            <numerusform>Jurnal: CAKERA PENUH, %n rekod belum ditulis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the spill file)</source>
        <translation>
            <numerusform>(%n dalam fail limpahan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Plate, or scan the vehicle&apos;s code</source>
        <translation>Plat, atau imbas kod kenderaan</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Kenal pasti</translation>
    </message>
    <message>
        <source>Keyboard / list</source>
        <translation>Papan kekunci / senarai</translation>
    </message>
    <message>
        <source>Bay: no data yet.</source>
        <translation>Petak: belum ada data.</translation>
    </message>
    <message>
        <source>No vehicle identified</source>
        <translation>Tiada kenderaan dikenal pasti</translation>
    </message>
    <message>
        <source>Receipt and QR code</source>
        <translation>Resit dan kod QR</translation>
    </message>
    <message>
        <source>Start swap</source>
        <translation>Mula tukar</translation>
    </message>
    <message>
        <source>Confirm start</source>
        <translation>Sahkan mula</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>BATALKAN</translation>
    </message>
    <message>
        <source>Tap Confirm start within 15 s to start the swap.</source>
        <translation>Ketik Sahkan mula dalam 15 s untuk memulakan penukaran.</translation>
    </message>
    <message>
        <source>Tap Start swap first.</source>
        <translation>Ketik Mula tukar dahulu.</translation>
    </message>
    <message>
        <source>The confirmation lapsed: tap Start swap again.</source>
        <translation>Pengesahan luput: ketik Mula tukar sekali lagi.</translation>
    </message>
    <message>
        <source>This station asks operators to sign in by name: tap Sign in (bottom right), then start again.</source>
        <translation>Stesen ini memerlukan pengendali log masuk dengan nama: ketik Log masuk (kanan bawah), kemudian mula semula.</translation>
    </message>
    <message>
        <source>Steps as last known (%1): the link is down.</source>
        <translation>Langkah seperti terakhir diketahui (%1): pautan terputus.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>Petak kosong.</translation>
    </message>
    <message>
        <source>In the bay: %1.</source>
        <translation>Di petak: %1.</translation>
    </message>
    <message>
        <source>In the bay: a vehicle, plate not read.</source>
        <translation>Di petak: sebuah kenderaan, plat tidak dibaca.</translation>
    </message>
    <message>
        <source>Receipt of %1 (QR code)</source>
        <translation>Resit %1 (kod QR)</translation>
    </message>
    <message>
        <source>The confirmation lapsed: the plan changed or time ran out.</source>
        <translation>Pengesahan luput: pelan berubah atau masa tamat.</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>kira-kira %1 min %2 s lagi</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 block(s) of %5</source>
        <translation>%1, %2, %3: %4 blok %5</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 telah ditukar pada %2 hari ini: semak sebelum menukar lagi</translation>
    </message>
    <message>
        <source>No vehicle identified. %1</source>
        <translation>Tiada kenderaan dikenal pasti. %1</translation>
    </message>
    <message>
        <source>Swap completed.</source>
        <translation>Penukaran selesai.</translation>
    </message>
    <message>
        <source>The swap stopped: %1. Follow the recovery steps below.</source>
        <translation>Penukaran terhenti: %1. Ikut langkah pemulihan di bawah.</translation>
    </message>
    <message>
        <source>No answer to the start yet: watching the station to learn whether the swap started. ABORT stops it if it did.</source>
        <translation>Belum ada jawapan kepada arahan mula: memantau stesen untuk mengetahui sama ada penukaran bermula. BATALKAN menghentikannya jika ia bermula.</translation>
    </message>
    <message>
        <source>Recording the start…</source>
        <translation>Merekod permulaan…</translation>
    </message>
    <message>
        <source>Start sent: waiting for the controller.</source>
        <translation>Arahan mula dihantar: menunggu pengawal.</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>dimulakan di sini</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>dimulakan dengan butang tempatan petak</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>dimulakan dari terminal lain</translation>
    </message>
    <message>
        <source>Swap running, %1. ABORT stops it safely at any time.</source>
        <translation>Penukaran berjalan, %1. BATALKAN menghentikannya dengan selamat pada bila-bila masa.</translation>
    </message>
    <message>
        <source>%1: the swap (%2) does not move. ABORT ends it safely.</source>
        <translation>%1: penukaran (%2) tidak bergerak. BATALKAN menamatkannya dengan selamat.</translation>
    </message>
    <message>
        <source>Abort requested: the controller brings the step to a safe stop.</source>
        <translation>Pembatalan diminta: pengawal menghentikan langkah dengan selamat.</translation>
    </message>
    <message>
        <source>The abort was NOT confirmed by the controller (the link is down, no answer, or refused). Tap ABORT again, or use the E-stop if the machine must stop now.</source>
        <translation>Pembatalan TIDAK disahkan oleh pengawal (pautan terputus, tiada jawapan, atau ditolak). Ketik BATALKAN sekali lagi, atau gunakan henti kecemasan jika mesin mesti berhenti sekarang.</translation>
    </message>
    <message>
        <source>The controller did not start the swap: %1. What to do: %2.</source>
        <translation>Pengawal tidak memulakan penukaran: %1. Tindakan: %2.</translation>
    </message>
    <message>
        <source>slot %1 (…%2, %3 %, SoH %4 %)</source>
        <translation>slot %1 (…%2, %3 %, SoH %4 %)</translation>
    </message>
    <message>
        <source>out: none from block 1 (it carries no pack)</source>
        <translation>keluar: tiada dari blok 1 (ia tiada pek)</translation>
    </message>
    <message>
        <source>out: to slot %1</source>
        <translation>keluar: ke slot %1</translation>
    </message>
    <message>
        <source>out: block 1 to slot %1, the others to free slots the controller picks</source>
        <translation>keluar: blok 1 ke slot %1, yang lain ke slot kosong yang dipilih pengawal</translation>
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
        <translation>○ %1: kira-kira %2 s</translation>
    </message>
    <message>
        <source>%1 %2: %3 s of %4 s</source>
        <translation>%1 %2: %3 s daripada %4 s</translation>
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
        <translation>%1 (terakhir diketahui, %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>halted step: what holds it, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting the swap…</source>
        <translation>Memulakan penukaran…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>terhenti</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>baki</translation>
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
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Segerak: belum disediakan</translation>
    </message>
    <message>
        <source>Sync: REFUSED, %1</source>
        <translation>Segerak: DITOLAK, %1</translation>
    </message>
    <message>
        <source>Sync: stopped, %1</source>
        <translation>Segerak: terhenti, %1</translation>
    </message>
    <message>
        <source>Sync: up to date, last %1</source>
        <translation>Segerak: terkini, terakhir %1</translation>
    </message>
    <message>
        <source>Sync: sending, %1</source>
        <translation>Segerak: menghantar, %1</translation>
    </message>
    <message>
        <source>Sync: connecting, %1</source>
        <translation>Segerak: menyambung, %1</translation>
    </message>
    <message>
        <source>Sync: offline, nothing waiting</source>
        <translation>Segerak: luar talian, tiada yang menunggu</translation>
    </message>
    <message>
        <source>Sync: offline, %1, oldest %2</source>
        <translation>Segerak: luar talian, %1, tertua %2</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>belum disediakan</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>online</source>
        <translation>dalam talian</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luar talian</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>terhenti</translation>
    </message>
    <message>
        <source>%1 records, the oldest written %2 ago</source>
        <translation>%1 rekod, yang tertua ditulis %2 lalu</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>not set up ([sync] broker in console.toml)</source>
        <translation>belum disediakan (broker [sync] dalam console.toml)</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>Id stesen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Kejayaan terakhir</translation>
    </message>
    <message>
        <source>Waiting size</source>
        <translation>Saiz menunggu</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kadar</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 rekod/s</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>%1 records the broker refused or cannot take</source>
        <translation>%1 rekod yang ditolak atau tidak dapat diterima oleh broker</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>not set up: set [sync] broker in console.toml to send the journal to the fleet</source>
        <translation>belum disediakan: tetapkan broker dalam [sync] di console.toml untuk menghantar jurnal kepada armada</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Lock head jams</source>
        <translation>Kepala kunci tersekat</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Lif terlebih beban</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Troli tidak sejajar</translation>
    </message>
    <message>
        <source>Vehicle cannot position</source>
        <translation>Kenderaan gagal ke kedudukan</translation>
    </message>
    <message>
        <source>HV interlock open</source>
        <translation>Saling kunci HV terbuka</translation>
    </message>
    <message>
        <source>BMS handshake fails</source>
        <translation>Jabat tangan BMS gagal</translation>
    </message>
    <message>
        <source>Pack code differs from plan</source>
        <translation>Kod pek berbeza daripada pelan</translation>
    </message>
    <message>
        <source>Vehicle keeps its HV on</source>
        <translation>Kenderaan kekalkan HV hidup</translation>
    </message>
    <message>
        <source>Parking brake not confirmed</source>
        <translation>Brek tangan tidak disahkan</translation>
    </message>
    <message>
        <source>Bay door opened</source>
        <translation>Pintu petak dibuka</translation>
    </message>
    <message>
        <source>Load cell reads a wrong mass</source>
        <translation>Sel beban membaca jisim salah</translation>
    </message>
    <message>
        <source>Lock head torque low</source>
        <translation>Tork kepala kunci rendah</translation>
    </message>
    <message>
        <source>Charger fault in the chosen slot</source>
        <translation>Pengecas rosak di slot dipilih</translation>
    </message>
    <message>
        <source>Pack alarm in the chosen slot</source>
        <translation>Penggera pek di slot dipilih</translation>
    </message>
    <message>
        <source>Insulation low in the chosen slot</source>
        <translation>Penebatan rendah di slot dipilih</translation>
    </message>
    <message>
        <source>BMS overstates health in the chosen slot</source>
        <translation>BMS melebihkan kesihatan di slot dipilih</translation>
    </message>
    <message>
        <source>E-stop pressed</source>
        <translation>Henti kecemasan ditekan</translation>
    </message>
    <message>
        <source>Light curtain interrupted</source>
        <translation>Tirai cahaya terganggu</translation>
    </message>
    <message>
        <source>Controller stops answering</source>
        <translation>Pengawal berhenti menjawab</translation>
    </message>
    <message>
        <source>Serial cable pulled</source>
        <translation>Kabel bersiri dicabut</translation>
    </message>
    <message>
        <source>Damaged answers</source>
        <translation>Jawapan rosak</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Jawapan lambat</translation>
    </message>
    <message>
        <source>Answers lost</source>
        <translation>Jawapan hilang</translation>
    </message>
    <message>
        <source>Noise on the line</source>
        <translation>Hingar pada talian</translation>
    </message>
    <message>
        <source>Controller heartbeat stops</source>
        <translation>Denyutan pengawal berhenti</translation>
    </message>
    <message>
        <source>Controller restarts</source>
        <translation>Pengawal dimulakan semula</translation>
    </message>
    <message>
        <source>The vehicle left the bay.</source>
        <translation>Kenderaan telah keluar dari petak.</translation>
    </message>
    <message>
        <source>Injected faults cleared.</source>
        <translation>Kerosakan suntikan dikosongkan.</translation>
    </message>
    <message>
        <source>E-stop circuit reset at the cabinet: confirm with a reset at the console.</source>
        <translation>Litar henti kecemasan diset semula di kabinet: sahkan dengan set semula di konsol.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>Petak kosong.</translation>
    </message>
    <message>
        <source>The bay&apos;s start button was pressed: the controller starts a swap.</source>
        <translation>Butang mula di petak telah ditekan: pengawal memulakan penukaran.</translation>
    </message>
    <message>
        <source>A swap is running: the vehicle is locked in the bay.</source>
        <translation>Penukaran sedang berjalan: kenderaan dikunci di petak.</translation>
    </message>
    <message>
        <source>A vehicle is already in the bay: tap Vehicle leaves first.</source>
        <translation>Sudah ada kenderaan di petak: ketik Kenderaan keluar dahulu.</translation>
    </message>
    <message>
        <source>SIMULATION: training controls</source>
        <translation>SIMULASI: kawalan latihan</translation>
    </message>
    <message>
        <source>These controls act on the simulated station only. A vehicle sent in drives into the bay as a real one would.</source>
        <translation>Kawalan ini hanya bertindak pada stesen simulasi. Kenderaan yang dihantar masuk ke petak seperti kenderaan sebenar.</translation>
    </message>
    <message>
        <source>Send a vehicle into the bay</source>
        <translation>Hantar kenderaan ke petak</translation>
    </message>
    <message>
        <source>Random vehicle</source>
        <translation>Kenderaan rawak</translation>
    </message>
    <message>
        <source>Vehicle that parks badly</source>
        <translation>Kenderaan yang salah letak</translation>
    </message>
    <message>
        <source>Vehicle leaves</source>
        <translation>Kenderaan keluar</translation>
    </message>
    <message>
        <source>Attendant presses the bay&apos;s start button</source>
        <translation>Petugas menekan butang mula di petak</translation>
    </message>
    <message>
        <source>Inject a fault (slot faults act on the chosen slot)</source>
        <translation>Suntik kerosakan (kerosakan slot bertindak pada slot dipilih)</translation>
    </message>
    <message>
        <source>Clear injected faults</source>
        <translation>Kosongkan kerosakan suntikan</translation>
    </message>
    <message>
        <source>E-stop reset key at the cabinet</source>
        <translation>Kunci set semula henti kecemasan di kabinet</translation>
    </message>
    <message>
        <source>Tap a control: what the simulator did shows here.</source>
        <translation>Ketik kawalan: tindakan simulator dipaparkan di sini.</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (slot %2)</translation>
    </message>
    <message>
        <source>%1 drives into the bay.</source>
        <translation>%1 masuk ke petak.</translation>
    </message>
    <message>
        <source>Slot %1 holds no pack: choose another slot.</source>
        <translation>Slot %1 tiada pek: pilih slot lain.</translation>
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
        <translation>PIN baharu</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peranan</translation>
    </message>
    <message>
        <source>Read a badge</source>
        <translation>Baca kad</translation>
    </message>
    <message>
        <source>Take the badge away</source>
        <translation>Tarik balik kad</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nyahdaya</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Dayakan</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>PIN baharu untuk %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 mempunyai PIN baharu.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 telah ditambah.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 kini %2.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 didayakan.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 dinyahdaya.</translation>
    </message>
    <message>
        <source>Show %1&apos;s badge to the reader now.</source>
        <translation>Tunjukkan kad %1 pada pembaca sekarang.</translation>
    </message>
    <message>
        <source>%1 has no badge now.</source>
        <translation>%1 kini tiada kad.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is read.</source>
        <translation>Kad %1 telah dibaca.</translation>
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
        <translation>Plat kenderaan:</translation>
    </message>
    <message>
        <source>%1: its fleet (the keyboard, or one plugged in):</source>
        <translation>%1: armadanya (papan kekunci ini, atau yang dipasang):</translation>
    </message>
    <message>
        <source>%1: its model (may stay empty), then OK:</source>
        <translation>%1: modelnya (boleh dibiarkan kosong), kemudian OK:</translation>
    </message>
    <message>
        <source>%1: its pack type:</source>
        <translation>%1: jenis peknya:</translation>
    </message>
    <message>
        <source>%1: how many pack blocks it carries:</source>
        <translation>%1: bilangan blok pek yang dibawanya:</translation>
    </message>
    <message>
        <source>%1: its fleet is needed: type it, then OK.</source>
        <translation>%1: armadanya diperlukan: taipkan, kemudian OK.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <source>Plate</source>
        <translation>Plat</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Armada</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Jenis pek</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>DINYAHDAYA</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>didayakan</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>Kenderaan</translation>
    </message>
    <message>
        <source>Only a signed-in technician or supervisor changes the vehicle registry: sign in to add, edit, disable or import.</source>
        <translation>Hanya juruteknik atau penyelia yang telah log masuk boleh mengubah daftar kenderaan: log masuk untuk menambah, menyunting, menyahdaya atau mengimport.</translation>
    </message>
    <message>
        <source>Find a plate</source>
        <translation>Cari plat</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Tambah kenderaan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nyahdaya</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Import dari CSV</translation>
    </message>
    <message>
        <source>Plates holding:</source>
        <translation>Plat mengandungi:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tunjuk semua</translation>
    </message>
    <message>
        <source>Tap the CSV file: a USB stick, or the data directory. Its first line names the columns plate, fleet, model, pack_type, blocks (tags if any).</source>
        <translation>Ketik fail CSV: pada pemacu USB, atau direktori data. Baris pertamanya menamakan lajur plate, fleet, model, pack_type, blocks (tags jika ada).</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>Import fail ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Dayakan</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Cari: %1</translation>
    </message>
    <message>
        <source>Editing %1: the plate stays (a new plate is a new vehicle: add it).</source>
        <translation>Menyunting %1: plat kekal (plat baharu ialah kenderaan baharu: tambahkannya).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Merekod…</translation>
    </message>
    <message>
        <source>Tap the file to import.</source>
        <translation>Ketik fail untuk diimport.</translation>
    </message>
    <message>
        <source>No CSV file found: plug in the USB stick with the vehicle list (or put the file in the data directory) and tap Import from CSV again.</source>
        <translation>Tiada fail CSV ditemui: pasang pemacu USB yang mengandungi senarai kenderaan (atau letakkan fail dalam direktori data) dan ketik Import dari CSV sekali lagi.</translation>
    </message>
    <message>
        <source>Import %1? Every line is checked first: one wrong line and nothing changes.</source>
        <translation>Import %1? Setiap baris disemak dahulu: satu baris salah dan tiada apa yang berubah.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimport…</translation>
    </message>
</context>
<context>
    <name>_Keys</name>
    <message>
        <source>Space</source>
        <translation>Ruang</translation>
    </message>
</context>
<context>
    <name>_Pad</name>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
