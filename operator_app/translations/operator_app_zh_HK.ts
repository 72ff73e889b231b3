<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>No alarms</source>
        <translation>無警報</translation>
    </message>
    <message>
        <source>Alarms ›</source>
        <translation>警報 ›</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>tap here and acknowledge it</source>
        <translation>按此確認警報</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1。處理方法：%2</translation>
    </message>
</context>
<context>
    <name>AlarmModel</name>
    <message>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>警報</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>觸發時間</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>首發</translation>
    </message>
    <message>
        <source>FIRST OUT</source>
        <translation>首發</translation>
    </message>
</context>
<context>
    <name>AlarmPage</name>
    <message>
        <source>Alarms</source>
        <translation>警報</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>所有優先級</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>警報中</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>已擱置</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停止服務</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>無警報</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部確認</translation>
    </message>
    <message>
        <source>Tap an alarm to see its cause and what to do.</source>
        <translation>按警報查看原因及處理方法。</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>查看電池組</translation>
    </message>
    <message>
        <source>History since the console started</source>
        <translation>控制台啟動以來的記錄</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>擱置…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>取消擱置</translation>
    </message>
    <message>
        <source>Why is it shelved? (the reason is journaled)</source>
        <translation>擱置原因？（原因會記入日誌）</translation>
    </message>
    <message>
        <source>Nuisance: a known instrument fault, repair ordered</source>
        <translation>滋擾警報：已知儀表故障，已安排修理</translation>
    </message>
    <message>
        <source>Maintenance work on this equipment</source>
        <translation>此設備正進行維修工作</translation>
    </message>
    <message>
        <source>Waiting for a spare part</source>
        <translation>等候零件</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Shelve now</source>
        <translation>立即擱置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No alarms in this view</source>
        <translation>此篩選下無警報</translation>
    </message>
    <message>
        <source>No alarm selected.</source>
        <translation>未選擇警報。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>FIRST OUT: this alarm came first; the others may follow from it.</source>
        <translation>首發：此警報最先出現，其他警報可能由它引起。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>處理方法：%1</translation>
    </message>
    <message>
        <source>The cause is gone; the alarm stays until it is reset.</source>
        <translation>原因已消除；警報會保留至重設為止。</translation>
    </message>
    <message>
        <source>Shelved until %1: %2</source>
        <translation>擱置至 %1：%2</translation>
    </message>
    <message>
        <source>The controller still holds this fault: Reset asks you to confirm the bay is clear, then resets it at the controller.</source>
        <translation>控制器仍保持此故障：按「重設」會先要求確認泊位已淨空，再在控制器重設故障。</translation>
    </message>
    <message>
        <source>FIRST OUT: another alarm followed within %1 s</source>
        <translation>首發：另一警報於 %1 秒內隨後出現</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>已確認。</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>已確認 %n 個警報。</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm was acknowledged.</source>
        <translation>沒有警報獲確認。</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技術員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>that needs the %1 role</source>
        <translation>此操作需要%1角色</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged: %1.</source>
        <translation>
            <numerusform>%n 個未確認：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain? Tap Reset again to reset at the controller.</source>
        <translation>泊位已淨空，而且光幕內無人？再按「重設」即在控制器重設。</translation>
    </message>
    <message>
        <source>Reset sent to the controller; the alarm clears when the controller clears the fault.</source>
        <translation>重設指令已發送至控制器；控制器清除故障後，警報便會消除。</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>已重設。</translation>
    </message>
    <message>
        <source>Choose a reason and how long, then Shelve now.</source>
        <translation>選擇原因及時長，然後按「立即擱置」。</translation>
    </message>
    <message>
        <source>Choose why the alarm is shelved first.</source>
        <translation>請先選擇擱置警報的原因。</translation>
    </message>
    <message>
        <source>Shelved for %1 min.</source>
        <translation>已擱置 %1 分鐘。</translation>
    </message>
    <message>
        <source>Unshelved.</source>
        <translation>已取消擱置。</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>已消除，未確認</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>已擱置</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>按設計抑制</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停止服務</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>station</source>
        <translation>換電站</translation>
    </message>
    <message>
        <source>console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>link</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>bay</source>
        <translation>泊位</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>電池組 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>E-stop</source>
        <translation>急停</translation>
    </message>
    <message>
        <source>An emergency stop was pressed; all motion stopped.</source>
        <translation>緊急停止掣被按下；所有動作已停止。</translation>
    </message>
    <message>
        <source>Make the bay safe, reset the E-stop at the cabinet, then reset here.</source>
        <translation>確保泊位安全，在控制櫃重設急停，然後在此重設。</translation>
    </message>
    <message>
        <source>Lock jam</source>
        <translation>鎖頭卡住</translation>
    </message>
    <message>
        <source>A lock head jammed during (un)locking.</source>
        <translation>鎖頭在上鎖或解鎖時卡住。</translation>
    </message>
    <message>
        <source>Stop the swap; a technician checks the lock head in maintenance mode.</source>
        <translation>停止換電；由技術員在維修模式下檢查鎖頭。</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>升降台超載</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read above its limit.</source>
        <translation>升降台的稱重傳感器讀數超出上限。</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician inspects the pack and the lift.</source>
        <translation>遠離升降台；由技術員檢查電池組及升降台。</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>穿梭車未對位</translation>
    </message>
    <message>
        <source>The shuttle stopped off its slot.</source>
        <translation>穿梭車停下時未對準槽位。</translation>
    </message>
    <message>
        <source>A technician realigns the shuttle in maintenance mode.</source>
        <translation>由技術員在維修模式下重新對準穿梭車。</translation>
    </message>
    <message>
        <source>HV interlock</source>
        <translation>高壓互鎖</translation>
    </message>
    <message>
        <source>The vehicle&apos;s HV interlock loop is open.</source>
        <translation>車輛的高壓互鎖迴路斷開。</translation>
    </message>
    <message>
        <source>Do not release the vehicle; check the pack connector and retry verification.</source>
        <translation>不要放行車輛；檢查電池組連接器，然後重試驗證。</translation>
    </message>
    <message>
        <source>Insulation low</source>
        <translation>絕緣過低</translation>
    </message>
    <message>
        <source>A pack&apos;s insulation resistance is below 100 ohm/V.</source>
        <translation>電池組的絕緣電阻低於 100 ohm/V。</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it. A technician acknowledges.</source>
        <translation>隔離電池組；不要充電或安裝。由技術員確認警報。</translation>
    </message>
    <message>
        <source>Pack identity mismatch</source>
        <translation>電池組身份不符</translation>
    </message>
    <message>
        <source>The installed pack is not the planned one.</source>
        <translation>已安裝的電池組與計劃不符。</translation>
    </message>
    <message>
        <source>Hold the vehicle; check the pack code against the plan.</source>
        <translation>留住車輛；按計劃核對電池組編碼。</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>充電器故障</translation>
    </message>
    <message>
        <source>A slot&apos;s charger reported a fault.</source>
        <translation>槽位的充電器報告故障。</translation>
    </message>
    <message>
        <source>Reset the charger; if it repeats, disable the slot and call a technician.</source>
        <translation>重設充電器；如再發生，停用該槽位並通知技術員。</translation>
    </message>
    <message>
        <source>BMS handshake</source>
        <translation>BMS 握手失敗</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS did not answer the check.</source>
        <translation>電池組的 BMS 未回應檢查。</translation>
    </message>
    <message>
        <source>Retry verification; if it fails again, swap the pack out.</source>
        <translation>重試驗證；如再失敗，再次換電以換走該電池組。</translation>
    </message>
    <message>
        <source>Light curtain</source>
        <translation>光幕</translation>
    </message>
    <message>
        <source>Someone crossed the bay light curtain.</source>
        <translation>有人穿越泊位光幕。</translation>
    </message>
    <message>
        <source>Clear the bay, then reset.</source>
        <translation>確保泊位淨空，然後重設。</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看門狗</translation>
    </message>
    <message>
        <source>The controller stopped seeing this console&apos;s heartbeat and held motion.</source>
        <translation>控制器收不到此控制台的心跳訊號，已暫停動作。</translation>
    </message>
    <message>
        <source>Check the link. Motion stays held until someone here checks the bay and taps Resume on the main page (or aborts the swap).</source>
        <translation>檢查連線。動作會保持暫停，直至現場有人檢查泊位並在主頁按「繼續」（或中止換電）。</translation>
    </message>
    <message>
        <source>Controller restart</source>
        <translation>控制器重啟</translation>
    </message>
    <message>
        <source>The controller restarted during a swap.</source>
        <translation>控制器在換電期間重新啟動。</translation>
    </message>
    <message>
        <source>Check the bay, then reset and follow the guided recovery.</source>
        <translation>檢查泊位，然後重設並按引導步驟復原。</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>門未關</translation>
    </message>
    <message>
        <source>A station door is open: nothing moves and no swap starts while it is.</source>
        <translation>換電站有門打開：門開着時所有機件不會移動，亦不會開始換電。</translation>
    </message>
    <message>
        <source>Close the door; a swap it stopped needs a reset once it is closed.</source>
        <translation>關上門；因此停止的換電須在門關上後重設。</translation>
    </message>
    <message>
        <source>Vehicle HV on</source>
        <translation>車輛高壓未斷開</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its HV off, so the controller stopped the swap before any lock moved.</source>
        <translation>車輛未確認已斷開高壓，控制器在任何鎖頭動作前已停止換電。</translation>
    </message>
    <message>
        <source>Ask the driver to switch the vehicle off and keep it off; then reset and start the swap again.</source>
        <translation>請司機關掉車輛並保持關閉；然後重設並重新開始換電。</translation>
    </message>
    <message>
        <source>Parking brake off</source>
        <translation>未拉手掣</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its parking brake, so the controller stopped the swap before any lock moved.</source>
        <translation>車輛未確認已拉手掣，控制器在任何鎖頭動作前已停止換電。</translation>
    </message>
    <message>
        <source>Ask the driver to set the parking brake; then reset and start the swap again.</source>
        <translation>請司機拉上手掣；然後重設並重新開始換電。</translation>
    </message>
    <message>
        <source>Load mismatch</source>
        <translation>重量不符</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read a mass that does not match the pack&apos;s type: a wrong or damaged pack, or a faulty load cell.</source>
        <translation>升降台稱重傳感器讀到的重量與電池組類型不符：可能電池組錯誤或損壞，或稱重傳感器故障。</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician checks the pack and the load cell, then resets.</source>
        <translation>遠離升降台；由技術員檢查電池組及稱重傳感器，然後重設。</translation>
    </message>
    <message>
        <source>Lock torque low</source>
        <translation>鎖緊扭力不足</translation>
    </message>
    <message>
        <source>A lock head ended below its locking torque (180-250 Nm): it may not hold the pack.</source>
        <translation>鎖頭完成上鎖時扭力低於鎖緊扭力（180-250 Nm）：可能鎖不住電池組。</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay; a technician unlocks and locks the head again in maintenance mode, then resets.</source>
        <translation>把車輛留在泊位；由技術員在維修模式下將鎖頭解鎖再重新上鎖，然後重設。</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>定位失敗</translation>
    </message>
    <message>
        <source>The vehicle could not be positioned within tolerance after 3 tries.</source>
        <translation>嘗試 3 次後，車輛仍未能定位至公差範圍內。</translation>
    </message>
    <message>
        <source>Guide the driver back and retry positioning.</source>
        <translation>引導司機倒車，然後重試定位。</translation>
    </message>
    <message>
        <source>Swap aborted</source>
        <translation>換電已中止</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence.</source>
        <translation>換電在程序中途被中止。</translation>
    </message>
    <message>
        <source>Check the bay and reset to let the controller recover.</source>
        <translation>檢查泊位，然後重設讓控制器復原。</translation>
    </message>
    <message>
        <source>Swap aborted, vehicle in bay</source>
        <translation>換電已中止，車輛在泊位</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence with the vehicle still in the bay: it may be without a pack, or with its pack half out.</source>
        <translation>換電在中途被中止，車輛仍在泊位：車輛可能沒有電池組，或電池組只拆出一半。</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, then reset and follow the guided recovery before the vehicle leaves.</source>
        <translation>把車輛留在泊位，司機不可上車。檢查電池組及升降台，然後重設，並在車輛離開前按引導步驟復原。</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>The console lost the link to the station controller.</source>
        <translation>控制台與換電站控制器的連線中斷。</translation>
    </message>
    <message>
        <source>Check the serial cable and the controller&apos;s power; the console reconnects by itself.</source>
        <translation>檢查串口線及控制器電源；控制台會自動重新連線。</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>連線不穩</translation>
    </message>
    <message>
        <source>The link to the controller needs retries (noise, a loose connector, a slow controller) but still works.</source>
        <translation>與控制器的連線需要重試（干擾、接頭鬆脫或控制器反應慢），但仍可運作。</translation>
    </message>
    <message>
        <source>Check the RS-485 cabling, its termination and shield; run &apos;operator-app link check&apos; with --trace to see the frames.</source>
        <translation>檢查 RS-485 接線、終端電阻及屏蔽；執行 &apos;operator-app link check&apos; 並加上 --trace 以查看數據幀。</translation>
    </message>
    <message>
        <source>Journal disk full</source>
        <translation>日誌磁碟已滿</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full; records go into the journal&apos;s reserve space, then wait in memory, and telemetry is thinned.</source>
        <translation>終端機磁碟已滿；記錄會先寫入日誌的預留空間，然後暫存於記憶體，遙測數據亦會減少取樣。</translation>
    </message>
    <message>
        <source>Free space on the terminal now (old exports, logs); waiting records are written when space returns.</source>
        <translation>立即清理終端機空間（舊匯出檔、記錄檔）；有空間後，等候中的記錄便會寫入。</translation>
    </message>
    <message>
        <source>Journal failed</source>
        <translation>日誌故障</translation>
    </message>
    <message>
        <source>The station journal cannot be written.</source>
        <translation>無法寫入換電站日誌。</translation>
    </message>
    <message>
        <source>Call a technician: swaps are not being recorded.</source>
        <translation>通知技術員：換電未被記錄。</translation>
    </message>
    <message>
        <source>Sync down</source>
        <translation>同步中斷</translation>
    </message>
    <message>
        <source>The oldest record not yet sent to the fleet is older than the station&apos;s limit (24 hours unless configured): the broker has been unreachable that long.</source>
        <translation>最舊一筆未送往車隊的記錄已超出換電站時限（除非另有設定，否則為 24 小時）：Broker 已這麼長時間無法連接。</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s network; records are kept and go when the broker is back. A station with no network hands them over on a USB stick (operator-app sync export).</source>
        <translation>檢查終端機的網絡；記錄會保留，Broker 恢復後便會送出。沒有網絡的換電站可用 USB 手指移交記錄（operator-app sync export）。</translation>
    </message>
    <message>
        <source>Sync backlog full</source>
        <translation>同步積壓已滿</translation>
    </message>
    <message>
        <source>The records waiting for the fleet take more disk than their budget. None is dropped.</source>
        <translation>等候送往車隊的記錄所佔磁碟空間已超出預算。記錄不會被丟棄。</translation>
    </message>
    <message>
        <source>Bring the network back, or hand the records over on a USB stick (operator-app sync export); a technician may raise budget_mb under [sync].</source>
        <translation>恢復網絡，或用 USB 手指移交記錄（operator-app sync export）；技術員可調高 [sync] 下的 budget_mb。</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>同步被拒</translation>
    </message>
    <message>
        <source>The fleet&apos;s broker refuses this station (its credentials, its certificate, a topic its ACL denies, or a station id that changed): records wait.</source>
        <translation>車隊的 Broker 拒絕此換電站（憑證、證書、ACL 拒絕的主題，或換電站 ID 已更改）：記錄等候中。</translation>
    </message>
    <message>
        <source>Call a technician: the station details page says what was refused; the [sync] settings or the broker&apos;s ACL need fixing.</source>
        <translation>通知技術員：「換電站詳情」頁會說明被拒原因；須修正 [sync] 設定或 Broker 的 ACL。</translation>
    </message>
    <message>
        <source>Quarantined pack in swap</source>
        <translation>換電使用了隔離電池組</translation>
    </message>
    <message>
        <source>A swap the console did not plan (the bay&apos;s button, another terminal) is taking a pack that is in quarantine.</source>
        <translation>一次非由控制台計劃的換電（由泊位按鈕或另一終端機啟動）正在取用隔離中的電池組。</translation>
    </message>
    <message>
        <source>Abort the swap while the vehicle is in the bay; if it has left, tell the technician which vehicle has the pack.</source>
        <translation>趁車輛仍在泊位時中止換電；如車輛已離開，告知技術員哪輛車裝有該電池組。</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保養到期</translation>
    </message>
    <message>
        <source>A maintenance counter of the controller (lift cycles, lock cycles or shuttle travel) has reached its service interval ([maintenance] in the settings).</source>
        <translation>控制器的維修計數器（升降台循環、上鎖循環或穿梭車行程）已達保養間隔（設定中的 [maintenance]）。</translation>
    </message>
    <message>
        <source>Plan the service: the maintenance page&apos;s Counters section says which is due. Swaps go on meanwhile.</source>
        <translation>安排保養：維修頁的「計數器」部分列出哪項到期。期間換電照常進行。</translation>
    </message>
    <message>
        <source>BMS SoH disagrees</source>
        <translation>BMS SoH 不符</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of health more than 3 points away from the capacity this console measured in the pack&apos;s own charges.</source>
        <translation>電池組 BMS 報告的健康度（SoH）與此控制台在該電池組充電時量度的容量相差超過 3 個百分點。</translation>
    </message>
    <message>
        <source>Trust the measured capacity (the pack page shows both); a technician checks the BMS&apos;s calibration, or quarantines the pack.</source>
        <translation>以量度容量為準（電池組頁面同時顯示兩者）；由技術員檢查 BMS 校準，或隔離電池組。</translation>
    </message>
    <message>
        <source>Pack temperature difference</source>
        <translation>電池組溫差過大</translation>
    </message>
    <message>
        <source>Pack high temperature</source>
        <translation>電池組高溫</translation>
    </message>
    <message>
        <source>Pack over voltage</source>
        <translation>電池組過壓</translation>
    </message>
    <message>
        <source>Pack under voltage</source>
        <translation>電池組欠壓</translation>
    </message>
    <message>
        <source>Pack SoC low</source>
        <translation>電池組 SoC 過低</translation>
    </message>
    <message>
        <source>Pack cell over voltage</source>
        <translation>電池組電芯過壓</translation>
    </message>
    <message>
        <source>Pack cell under voltage</source>
        <translation>電池組電芯欠壓</translation>
    </message>
    <message>
        <source>Pack SoC high</source>
        <translation>電池組 SoC 過高</translation>
    </message>
    <message>
        <source>Pack SoC jump</source>
        <translation>電池組 SoC 跳變</translation>
    </message>
    <message>
        <source>Pack storage mismatch</source>
        <translation>電池組儲能不匹配</translation>
    </message>
    <message>
        <source>Pack poor cell consistency</source>
        <translation>電池組電芯一致性差</translation>
    </message>
    <message>
        <source>Pack insulation failure</source>
        <translation>電池組絕緣故障</translation>
    </message>
    <message>
        <source>Pack DC-DC temperature</source>
        <translation>電池組 DC-DC 溫度</translation>
    </message>
    <message>
        <source>Pack brake</source>
        <translation>電池組制動系統</translation>
    </message>
    <message>
        <source>Pack DC-DC status</source>
        <translation>電池組 DC-DC 狀態</translation>
    </message>
    <message>
        <source>Pack motor controller temperature</source>
        <translation>電池組馬達控制器溫度</translation>
    </message>
    <message>
        <source>Pack HV interlock</source>
        <translation>電池組高壓互鎖</translation>
    </message>
    <message>
        <source>Pack motor temperature</source>
        <translation>電池組馬達溫度</translation>
    </message>
    <message>
        <source>Pack over charge</source>
        <translation>電池組過充</translation>
    </message>
    <message>
        <source>Pack unknown</source>
        <translation>電池組未知警報</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports too large a temperature difference inside the pack.</source>
        <translation>電池組 BMS 報告組內溫差過大。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high temperature.</source>
        <translation>電池組 BMS 報告溫度過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too high.</source>
        <translation>電池組 BMS 報告電池組電壓過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too low.</source>
        <translation>電池組 BMS 報告電池組電壓過低。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a low state of charge.</source>
        <translation>電池組 BMS 報告電量（SoC）過低。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too high.</source>
        <translation>電池組 BMS 報告電芯電壓過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too low.</source>
        <translation>電池組 BMS 報告電芯電壓過低。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of charge too high.</source>
        <translation>電池組 BMS 報告電量（SoC）過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a sudden jump of the state of charge.</source>
        <translation>電池組 BMS 報告電量（SoC）突然跳變。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports that the pack does not match the vehicle&apos;s energy storage.</source>
        <translation>電池組 BMS 報告電池組與車輛的儲能系統不匹配。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports poor consistency between its cells.</source>
        <translation>電池組 BMS 報告電芯之間一致性差。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an insulation failure.</source>
        <translation>電池組 BMS 報告絕緣故障。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high DC-DC converter temperature.</source>
        <translation>電池組 BMS 報告 DC-DC 轉換器溫度過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a brake system alarm.</source>
        <translation>電池組 BMS 報告制動系統警報。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a DC-DC converter fault.</source>
        <translation>電池組 BMS 報告 DC-DC 轉換器故障。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor controller temperature.</source>
        <translation>電池組 BMS 報告馬達控制器溫度過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports its HV interlock open.</source>
        <translation>電池組 BMS 報告其高壓互鎖斷開。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor temperature.</source>
        <translation>電池組 BMS 報告馬達溫度過高。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack overcharged.</source>
        <translation>電池組 BMS 報告電池組過充。</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an alarm this console does not know.</source>
        <translation>電池組 BMS 報告一個此控制台不認識的警報。</translation>
    </message>
    <message>
        <source>Stop charging the pack and let it cool; quarantine if it repeats.</source>
        <translation>停止為電池組充電並讓其冷卻；如再發生則隔離。</translation>
    </message>
    <message>
        <source>Check the pack&apos;s cooling; quarantine if it repeats.</source>
        <translation>檢查電池組的冷卻；如再發生則隔離。</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it.</source>
        <translation>隔離電池組；不要充電或安裝。</translation>
    </message>
    <message>
        <source>Stop charging; a technician checks the cell balancing.</source>
        <translation>停止充電；由技術員檢查電芯均衡。</translation>
    </message>
    <message>
        <source>Do not install; charge slowly and check the weak cell.</source>
        <translation>不要安裝；以慢充方式充電並檢查較弱的電芯。</translation>
    </message>
    <message>
        <source>Schedule a balancing charge; watch the pack&apos;s health.</source>
        <translation>安排均衡充電；留意電池組的健康狀況。</translation>
    </message>
    <message>
        <source>Check the pack&apos;s diagnostics.</source>
        <translation>檢查電池組的診斷資料。</translation>
    </message>
    <message>
        <source>The controller reported a fault code this console does not know.</source>
        <translation>控制器報告一個此控制台不認識的故障代碼。</translation>
    </message>
    <message>
        <source>Look the code up in the controller&apos;s manual.</source>
        <translation>在控制器手冊中查閱此代碼。</translation>
    </message>
</context>
<context>
    <name>BayCamera</name>
    <message>
        <source>camera %1 is configured, but Qt Multimedia is not installed (pip install &apos;operator-app[camera]&apos;)</source>
        <translation>已設定攝影機 %1，但未安裝 Qt Multimedia（pip install &apos;operator-app[camera]&apos;）</translation>
    </message>
    <message>
        <source>camera %1: no such local camera (%2 found)</source>
        <translation>攝影機 %1：沒有此本機攝影機（找到 %2 部）</translation>
    </message>
    <message>
        <source>camera %1: %2</source>
        <translation>攝影機 %1：%2</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>攝影機 %1</translation>
    </message>
</context>
<context>
    <name>BayView</name>
    <message>
        <source>waiting for the station</source>
        <translation>等候換電站</translation>
    </message>
    <message>
        <source>bay empty</source>
        <translation>泊位空置</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>STOP: in position</source>
        <translation>停車：已到位</translation>
    </message>
    <message>
        <source>forward %1 m</source>
        <translation>向前 %1 m</translation>
    </message>
    <message>
        <source>back %1 m</source>
        <translation>向後 %1 m</translation>
    </message>
    <message>
        <source>steer left %1 m</source>
        <translation>向左修正 %1 m</translation>
    </message>
    <message>
        <source>steer right %1 m</source>
        <translation>向右修正 %1 m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</source>
        <translation>偏差 %1 / %2 mm   升降台 %3 mm，%4 kg   穿梭車 %5 m</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>升降台</translation>
    </message>
    <message>
        <source>no camera configured: bay drawn from the positioning sensors</source>
        <translation>未設定攝影機：泊位按定位傳感器繪製</translation>
    </message>
    <message>
        <source>STALE, %1: last known position</source>
        <translation>過時，%1：最後已知位置</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>連線中斷</translation>
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
        <translation>最高電芯 (V)</translation>
    </message>
    <message>
        <source>hours from the start of the charge</source>
        <translation>由充電開始計的小時數</translation>
    </message>
    <message>
        <source>Charging sessions of %1</source>
        <translation>%1 的充電過程</translation>
    </message>
    <message>
        <source>The journal holds no charging session of pack %1.</source>
        <translation>日誌中沒有電池組 %1 的充電過程。</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>%1 % to %2 %, %3 h</source>
        <translation>%1 % 至 %2 %，%3 小時</translation>
    </message>
    <message>
        <source>, %1 Ah</source>
        <translation>，%1 Ah</translation>
    </message>
    <message>
        <source>, not measured (%1)</source>
        <translation>，未量度（%1）</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Configuration: %1</source>
        <translation>設定：%1</translation>
    </message>
    <message>
        <source>Configuration: %1; English is used</source>
        <translation>設定：%1；使用英文</translation>
    </message>
</context>
<context>
    <name>ExpectedModel</name>
    <message>
        <source>%1, %2: %3 x %4</source>
        <translation>%1，%2：%3 x %4</translation>
    </message>
    <message>
        <source>in the bay now, swapped today at %1</source>
        <translation>現在泊位中，今天 %1 已換電</translation>
    </message>
    <message>
        <source>in the bay now</source>
        <translation>現在泊位中</translation>
    </message>
    <message>
        <source>swapped today at %1</source>
        <translation>今天 %1 已換電</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>預計到站</translation>
    </message>
</context>
<context>
    <name>FirstConsole</name>
    <message>
        <source>Swap station console %1</source>
        <translation>換電站控制台 %1</translation>
    </message>
    <message>
        <source>SIMULATION: this console is connected to the simulated station, not to real equipment</source>
        <translation>模擬：此控制台連接的是模擬換電站，並非真實設備</translation>
    </message>
    <message>
        <source>Link to the station controller</source>
        <translation>與換電站控制器的連線</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Controller heartbeat</source>
        <translation>控制器心跳</translation>
    </message>
    <message>
        <source>Console heartbeat</source>
        <translation>控制台心跳</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返時間</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>Fleet sync</source>
        <translation>車隊同步</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>換電站</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>步驟計時</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>泊位</translation>
    </message>
    <message>
        <source>Active faults</source>
        <translation>現有故障</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>無警報</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>警報</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>電池架</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>電池組編碼</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Max temp.</source>
        <translation>最高溫度</translation>
    </message>
    <message>
        <source>Link events</source>
        <translation>連線事件</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>倉位 %1/%2</translation>
    </message>
    <message>
        <source>%1 s of %2 s expected</source>
        <translation>%1 秒（預計 %2 秒）</translation>
    </message>
    <message>
        <source>%1: %2, offsets %3 mm / %4 mm</source>
        <translation>%1：%2，偏差 %3 mm / %4 mm</translation>
    </message>
    <message>
        <source>unknown plate</source>
        <translation>車牌不明</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors</source>
        <translation>中位數 %1 ms，p99 %2 ms，%3 次通訊，%4 次逾時，%5 次 CRC 錯誤</translation>
    </message>
    <message>
        <source>%1: %3 | high %4, medium %5, low %6</source>
        <translation>%1：%3 | 高 %4，中 %5，低 %6</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>記錄中</translation>
    </message>
    <message>
        <source>DISK FULL</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation>未在記錄</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>暫無數據</translation>
    </message>
    <message>
        <source>No data from the station controller yet</source>
        <translation>尚未收到換電站控制器的數據</translation>
    </message>
    <message>
        <source>%1 s ago (poll %2)</source>
        <translation>%1 秒前（輪詢 %2）</translation>
    </message>
    <message>
        <source>STALE: the values below are from %1, %2 s ago; the link to the controller is down</source>
        <translation>過時：以下數值來自 %1（%2 秒前）；與控制器的連線已中斷</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>First start: the station&apos;s supervisor</source>
        <translation>首次啟動：換電站主管</translation>
    </message>
    <message>
        <source>No supervisor is set up on this station yet. The supervisor decides who may work here: make yours now (or later from Sign in). Swaps run without one.</source>
        <translation>此換電站尚未設定主管。主管決定誰可在此工作：現在建立（或稍後從「登入」建立）。沒有主管時換電照常運作。</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>packs</source>
        <translation>電池組數</translation>
    </message>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>車隊電池健康</translation>
    </message>
    <message>
        <source>The journal holds no pack with a SoH yet.</source>
        <translation>日誌中尚未有帶 SoH 的電池組。</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>壽命終止</translation>
    </message>
    <message>
        <source>Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only (hatched)</source>
        <translation>車隊電池健康：%1 個電池組，SoH 中位數 %2 %；%3 個經量度，%4 個僅有 BMS 數值（斜線）</translation>
    </message>
    <message>
        <source>No outliers: every pack is within 2 standard deviations of the median and above the end of life.</source>
        <translation>沒有離群值：所有電池組都在中位數的 2 個標準差以內，並高於壽命終止線。</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>離群值</translation>
    </message>
    <message>
        <source>below the end of life</source>
        <translation>低於壽命終止線</translation>
    </message>
    <message>
        <source>%1 standard deviations from the median</source>
        <translation>偏離中位數 %1 個標準差</translation>
    </message>
    <message>
        <source> (BMS SoH, not measured)</source>
        <translation>（BMS SoH，未量度）</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Frame (hex)</source>
        <translation>數據幀（hex）</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>Exception or problem</source>
        <translation>異常或問題</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ 已發送</translation>
    </message>
    <message>
        <source>← answer</source>
        <translation>← 回應</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>異常 %1</translation>
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
        <translation>充電過程不足以計算趨勢（合格 %1 次；趨勢需要跨越 %3 日的 %2 次）</translation>
    </message>
    <message>
        <source>no decline measured (%1 points a year): no end of life in sight</source>
        <translation>未量度到衰退（每年 %1 個百分點）：未見壽命終止</translation>
    </message>
    <message>
        <source>below %1 % since about %2</source>
        <translation>約自 %2 起低於 %1 %</translation>
    </message>
    <message>
        <source>falls %1 points a year: reaches %2 % around %3</source>
        <translation>每年下降 %1 個百分點：約於 %3 達到 %2 %</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>%1 的健康度</translation>
    </message>
    <message>
        <source>The journal holds no health record of pack %1.</source>
        <translation>日誌中沒有電池組 %1 的健康記錄。</translation>
    </message>
    <message>
        <source>Measured SoH %1 % (last of %2 good sessions)</source>
        <translation>量度 SoH %1 %（%2 次合格充電過程中的最後一次）</translation>
    </message>
    <message>
        <source>the BMS says %1 %</source>
        <translation>BMS 顯示 %1 %</translation>
    </message>
    <message>
        <source>BMS SoH</source>
        <translation>BMS SoH</translation>
    </message>
    <message>
        <source>measured (good sessions)</source>
        <translation>量度值（合格充電過程）</translation>
    </message>
    <message>
        <source>trend of the measured SoH</source>
        <translation>量度 SoH 的趨勢</translation>
    </message>
    <message>
        <source>end of life %1 %</source>
        <translation>壽命終止 %1 %</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify the vehicle</source>
        <translation>識別車輛</translation>
    </message>
    <message>
        <source>Plate (2-12 letters and digits), or scan</source>
        <translation>車牌（2-12 個字母及數字），或掃描</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>識別</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>今天預計到站</translation>
    </message>
    <message>
        <source>Expected today (tap to identify)</source>
        <translation>今天預計到站（按一下即識別）</translation>
    </message>
    <message>
        <source>Type the plate, scan the vehicle&apos;s code, or tap it in the list.</source>
        <translation>輸入車牌、掃描車輛編碼，或在清單中按選車輛。</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 今天 %2 已換電：再次換電前請先核實</translation>
    </message>
    <message>
        <source>Type the plate first, or tap a vehicle in the list.</source>
        <translation>請先輸入車牌，或在清單中按選車輛。</translation>
    </message>
    <message>
        <source>Identify anyway</source>
        <translation>仍然識別</translation>
    </message>
    <message>
        <source>Not identified: %1</source>
        <translation>未識別：%1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 日</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>日誌工具</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>驗證日誌</translation>
    </message>
    <message>
        <source>Export: how far back</source>
        <translation>匯出：時間範圍</translation>
    </message>
    <message>
        <source>Export: tap the folder to write to</source>
        <translation>匯出：按選要寫入的資料夾</translation>
    </message>
    <message>
        <source>The journal tools need a signed-in technician.</source>
        <translation>日誌工具需要已登入的技術員。</translation>
    </message>
    <message>
        <source>No journal is kept: there is nothing to verify.</source>
        <translation>沒有保存日誌：無需驗證。</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>正在驗證日誌…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
    <message>
        <source>Journal verified: no problem found.</source>
        <translation>日誌已驗證：未發現問題。</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: see the lines marked FAIL.</source>
        <translation>發現問題：請查看標示 FAIL 的行。</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>已匯出 %1 筆記錄至 %2。</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was left half written; try another folder.</source>
        <translation>匯出失敗：%1。沒有留下寫了一半的檔案；請嘗試另一個資料夾。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>For %1: the console speaks it at each of their sign-ins.</source>
        <translation>適用於 %1：此人每次登入時，控制台都會使用此語言。</translation>
    </message>
    <message>
        <source>For this terminal: the console starts in it. A signed-in person chooses their own.</source>
        <translation>適用於此終端機：控制台啟動時使用此語言。已登入的人員可選擇自己的語言。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Swap station</source>
        <translation>換電站</translation>
    </message>
    <message>
        <source>%1: swap station console %2</source>
        <translation>%1：換電站控制台 %2</translation>
    </message>
    <message>
        <source>MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for the maintenance page.</source>
        <translation>維修模式：不會開始換電；只在按住按鈕時才有動作。按此前往維修頁。</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>換電站詳情</translation>
    </message>
    <message>
        <source>%1 (simulated station)</source>
        <translation>%1（模擬換電站）</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用戶</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>從原始碼執行</translation>
    </message>
    <message>
        <source>unknown: its build_info.json cannot be read</source>
        <translation>不明：無法讀取其 build_info.json</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version %1, kiosk bundle</source>
        <translation>版本 %1，Kiosk 封裝版</translation>
    </message>
    <message>
        <source>About this console:</source>
        <translation>關於此控制台：</translation>
    </message>
    <message>
        <source>Revision %1, built %2</source>
        <translation>修訂 %1，建置：%2</translation>
    </message>
    <message>
        <source>IN: for %1</source>
        <translation>裝入：供 %1</translation>
    </message>
    <message>
        <source>OUT: depleted pack goes here</source>
        <translation>拆出：低電量電池組放此處</translation>
    </message>
    <message>
        <source>SIMULATION: not connected to real equipment. Tap here for the training controls.</source>
        <translation>模擬：未連接真實設備。按此開啟培訓控制。</translation>
    </message>
    <message>
        <source>Training users: %1</source>
        <translation>培訓用戶：%1</translation>
    </message>
    <message>
        <source>Users: no supervisor yet: tap to make the first</source>
        <translation>用戶：尚未有主管：按此建立第一位</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor manages users.</source>
        <translation>只有已登入的主管可管理用戶。</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>按你的名字，然後輸入 PIN（或出示員工卡）</translation>
    </message>
    <message>
        <source>Closing the console needs a name and PIN.</source>
        <translation>關閉控制台需要姓名及 PIN。</translation>
    </message>
    <message>
        <source>%1 (no other language installed)</source>
        <translation>%1（未安裝其他語言）</translation>
    </message>
    <message>
        <source>A technician&apos;s name and PIN close the console</source>
        <translation>須以技術員的姓名及 PIN 關閉控制台</translation>
    </message>
    <message>
        <source>%1 for now: not kept for the next start (%2)</source>
        <translation>暫時使用%1：下次啟動不會保留（%2）</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Until put back</source>
        <translation>直至恢復服務</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 小時</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小時</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Mode and motion</source>
        <translation>模式及動作</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>計數器</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>停止服務</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢復服務</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>停用充電器</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>啟用充電器</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>日誌工具</translation>
    </message>
    <message>
        <source>Register monitor</source>
        <translation>寄存器監控</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用戶</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Lift up</source>
        <translation>升降台上升</translation>
    </message>
    <message>
        <source>Lift down</source>
        <translation>升降台下降</translation>
    </message>
    <message>
        <source>Shuttle toward bay</source>
        <translation>穿梭車往泊位</translation>
    </message>
    <message>
        <source>Shuttle toward rack</source>
        <translation>穿梭車往電池架</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>軸回原點</translation>
    </message>
    <message>
        <source>Shuttle to it</source>
        <translation>穿梭車移至此處</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>鎖頭上鎖</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>鎖頭解鎖</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>泊位</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>鎖頭 %1</translation>
    </message>
    <message>
        <source>Moving while held…</source>
        <translation>按住時移動…</translation>
    </message>
    <message>
        <source>Moving while held: %1 s</source>
        <translation>按住移動中：%1 秒</translation>
    </message>
    <message>
        <source>%1 (while held: %2)</source>
        <translation>%1（按住期間：%2）</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Before leaving: %1</source>
        <translation>維修模式，控制器已確認。離開前：%1</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Safe to leave: lift down, shuttle at the bay, nothing carried.</source>
        <translation>維修模式，控制器已確認。可安全離開：升降台已降下，穿梭車在泊位，無承載物。</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>離開維修</translation>
    </message>
    <message>
        <source>Nobody who may work here is signed in: a technician signs in (the status bar&apos;s sign-in) to move the axes or to leave maintenance.</source>
        <translation>沒有獲授權人員登入：技術員須登入（狀態列的「登入」）才可移動各軸或離開維修。</translation>
    </message>
    <message>
        <source>Automatic operation. Motion by hand needs maintenance mode.</source>
        <translation>自動運行。手動動作需要維修模式。</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>進入維修</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>在泊位</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>在停止點之間</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>在槽位 %1</translation>
    </message>
    <message>
        <source>Lift %1, load %2. Shuttle %3 (%4). Lock heads %5</source>
        <translation>升降台 %1，負載 %2。穿梭車 %3（%4）。鎖頭 %5</translation>
    </message>
    <message>
        <source>Lift cycles</source>
        <translation>升降台循環</translation>
    </message>
    <message>
        <source>Lock cycles</source>
        <translation>上鎖循環</translation>
    </message>
    <message>
        <source>Shuttle travel, km</source>
        <translation>穿梭車行程，km</translation>
    </message>
    <message>
        <source>%1: the controller does not count it (protocol 3.2 has the counters)</source>
        <translation>%1：控制器不計算此項（協定 3.2 才有計數器）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1：%2 / %3（%4 %）</translation>
    </message>
    <message>
        <source>%1: SERVICE DUE</source>
        <translation>%1：保養到期</translation>
    </message>
    <message>
        <source>SERVICE DUE</source>
        <translation>保養到期</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已上鎖</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已打開</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>移動中</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>停止服務</translation>
    </message>
    <message>
        <source>charger disabled</source>
        <translation>充電器已停用</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>充電器故障</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>服務中</translation>
    </message>
    <message>
        <source>Slot %1
%2</source>
        <translation>槽位 %1
%2</translation>
    </message>
    <message>
        <source>Tap a slot. To take it out of service, tap why and until when.</source>
        <translation>按選槽位。如要停止服務，按選原因及截止時間。</translation>
    </message>
    <message>
        <source>Taken out by %1.</source>
        <translation>由 %1 停止服務。</translation>
    </message>
    <message>
        <source>Slot %1 is in service. To take it out, tap why and until when.</source>
        <translation>槽位 %1 服務中。如要停止服務，按選原因及截止時間。</translation>
    </message>
</context>
<context>
    <name>PackAlarmModel</name>
    <message>
        <source>raised %1</source>
        <translation>於 %1 觸發</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>於 %1 消除</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>未消除</translation>
    </message>
</context>
<context>
    <name>PackHistoryPlot</name>
    <message>
        <source>No pack chosen.</source>
        <translation>未選擇電池組。</translation>
    </message>
    <message>
        <source>SoC, V, A</source>
        <translation>SoC, V, A</translation>
    </message>
    <message>
        <source>cells, °C, kW</source>
        <translation>電芯、°C、kW</translation>
    </message>
    <message>
        <source>Show
%1</source>
        <translation>顯示
%1</translation>
    </message>
    <message>
        <source>The journal holds no telemetry of pack %1.</source>
        <translation>日誌中沒有電池組 %1 的遙測數據。</translation>
    </message>
    <message>
        <source>Cursor %1: no sample recorded near this time</source>
        <translation>游標 %1：此時間附近沒有記錄樣本</translation>
    </message>
    <message>
        <source>Cursor %1: bucket %2 to %3, %4 samples</source>
        <translation>游標 %1：時段 %2 至 %3，%4 個樣本</translation>
    </message>
    <message>
        <source>Cursor %1: sample at %2</source>
        <translation>游標 %1：%2 的樣本</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>無樣本</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>shallow</source>
        <translation>充電太淺</translation>
    </message>
    <message>
        <source>gap in the readings</source>
        <translation>讀數中斷</translation>
    </message>
    <message>
        <source>SoC jumped</source>
        <translation>SoC 跳變</translation>
    </message>
    <message>
        <source>SoC frozen</source>
        <translation>SoC 停滯</translation>
    </message>
    <message>
        <source>meter went backwards</source>
        <translation>電錶倒退</translation>
    </message>
    <message>
        <source>link lost</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>console restarted</source>
        <translation>控制台曾重啟</translation>
    </message>
    <message>
        <source>pack removed</source>
        <translation>電池組被移走</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>no SoC</source>
        <translation>無 SoC</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>充電器故障</translation>
    </message>
    <message>
        <source>taken for a swap</source>
        <translation>被取用換電</translation>
    </message>
    <message>
        <source>console restart</source>
        <translation>控制台重啟</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>電池組</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模組</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>電芯</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>電池組詳情</translation>
    </message>
    <message>
        <source>Pack code or slot number</source>
        <translation>電池組編碼或槽位編號</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>停用充電器</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>隔離…</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>解除隔離</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>儲存記錄…</translation>
    </message>
    <message>
        <source>Health: measured by this station and by the BMS</source>
        <translation>健康度：本站量度及 BMS 數值</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Pack code (GB/T 34014)</source>
        <translation>電池組編碼（GB/T 34014）</translation>
    </message>
    <message>
        <source>Its life so far</source>
        <translation>至今的使用記錄</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>充電過程</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>警報</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>車隊</translation>
    </message>
    <message>
        <source>Show the charge curves</source>
        <translation>顯示充電曲線</translation>
    </message>
    <message>
        <source>Show the SoH trend</source>
        <translation>顯示 SoH 趨勢</translation>
    </message>
    <message>
        <source>There is no journal: the packs&apos; health is not known.</source>
        <translation>沒有日誌：電池組的健康度不明。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm quarantine</source>
        <translation>確定隔離</translation>
    </message>
    <message>
        <source>Reason: %1. Confirm quarantine to keep the pack out of every swap.</source>
        <translation>原因：%1。按「確定隔離」，此電池組便不會用於任何換電。</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>儲存於此</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>關閉鍵盤</translation>
    </message>
    <message>
        <source>over-voltage level %1: %2 V</source>
        <translation>過壓等級 %1：%2 V</translation>
    </message>
    <message>
        <source>under-voltage level %1: %2 V</source>
        <translation>欠壓等級 %1：%2 V</translation>
    </message>
    <message>
        <source>high temperature level %1: %2 °C</source>
        <translation>高溫等級 %1：%2 °C</translation>
    </message>
    <message>
        <source>not offered above %1 °C</source>
        <translation>高於 %1 °C 時不提供</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>Enable charger (technician)</source>
        <translation>啟用充電器（技術員）</translation>
    </message>
    <message>
        <source>Pack record</source>
        <translation>電池組記錄</translation>
    </message>
    <message>
        <source>In quarantine: %1</source>
        <translation>隔離中：%1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未記錄原因</translation>
    </message>
    <message>
        <source>Not in the rack: this pack is not at the station now; its records are below.</source>
        <translation>不在電池架：此電池組目前不在本站；其記錄見下方。</translation>
    </message>
    <message>
        <source>The slot is empty.</source>
        <translation>此槽位是空的。</translation>
    </message>
    <message>
        <source>Not offered to any swap. %1</source>
        <translation>不提供給任何換電。%1</translation>
    </message>
    <message>
        <source>Reserved for the running swap.</source>
        <translation>已預留給進行中的換電。</translation>
    </message>
    <message>
        <source>Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, every check passed).</source>
        <translation>可提供：已就緒，供使用 %1 型電池組的車輛（SoC %2 %，所有檢查通過）。</translation>
    </message>
    <message>
        <source>Not offered yet: charging, SoC %1 % of the %2 % needed</source>
        <translation>暫未提供：充電中，SoC %1 %（需要 %2 %）</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>約 %1 分鐘後就緒</translation>
    </message>
    <message>
        <source>Slot fault: the slot&apos;s charger reports a fault.</source>
        <translation>槽位故障：槽位的充電器報告故障。</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is faulted.</source>
        <translation>不提供：槽位的充電器故障。</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is switched off (slot disabled).</source>
        <translation>不提供：槽位的充電器已關閉（槽位已停用）。</translation>
    </message>
    <message>
        <source>Not offered: BMS alarm level %1 (a pack at level %2 or more is kept out).</source>
        <translation>不提供：BMS 警報等級 %1（等級 %2 或以上的電池組不會使用）。</translation>
    </message>
    <message>
        <source>Not offered: the BMS alarm level is not known.</source>
        <translation>不提供：BMS 警報等級不明。</translation>
    </message>
    <message>
        <source>Not offered: insulation %1 kΩ, below %2 kΩ.</source>
        <translation>不提供：絕緣 %1 kΩ，低於 %2 kΩ。</translation>
    </message>
    <message>
        <source>Not offered: readings invalid (%1).</source>
        <translation>不提供：讀數無效（%1）。</translation>
    </message>
    <message>
        <source>temperatures</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Not offered: too hot, %1 °C, above %2 °C.</source>
        <translation>不提供：過熱，%1 °C，高於 %2 °C。</translation>
    </message>
    <message>
        <source>Not offered: too cold, %1 °C, below %2 °C.</source>
        <translation>不提供：過冷，%1 °C，低於 %2 °C。</translation>
    </message>
    <message>
        <source>Not offered: poor health, SoH %1 %, below %2 %.</source>
        <translation>不提供：健康度差，SoH %1 %，低於 %2 %。</translation>
    </message>
    <message>
        <source>Not offered: SoC %1 %, below %2 %, and not charging.</source>
        <translation>不提供：SoC %1 %，低於 %2 %，且未在充電。</translation>
    </message>
    <message>
        <source>Not offered: not ready.</source>
        <translation>不提供：未就緒。</translation>
    </message>
    <message>
        <source>No pack in the slot.</source>
        <translation>槽位內沒有電池組。</translation>
    </message>
    <message>
        <source>Pack %1
Type %2, rated %3 kWh</source>
        <translation>電池組 %1
類型 %2，額定 %3 kWh</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: a pack code has 24 characters, this one %1.</source>
        <translation>並非 GB/T 34014 編碼：電池組編碼有 24 個字元，此編碼有 %1 個。</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: only capital letters and digits belong in one.</source>
        <translation>並非 GB/T 34014 編碼：編碼只可包含大寫字母及數字。</translation>
    </message>
    <message>
        <source>product type %1 (not known)</source>
        <translation>產品類型 %1（不明）</translation>
    </message>
    <message>
        <source>battery type %1 (not known)</source>
        <translation>電池類型 %1（不明）</translation>
    </message>
    <message>
        <source>date code %1 (not a date)</source>
        <translation>日期代碼 %1（並非日期）</translation>
    </message>
    <message>
        <source>%1 (a date to come: the code is wrong)</source>
        <translation>%1（未來日期：編碼有誤）</translation>
    </message>
    <message>
        <source>Maker %1 · %2 · %3 · specification %4
Traceability %5 · made %6 · serial %7</source>
        <translation>製造商 %1 · %2 · %3 · 規格 %4
追溯碼 %5 · 生產於 %6 · 序號 %7</translation>
    </message>
    <message>
        <source>BMS SoH: %1 %</source>
        <translation>BMS SoH：%1 %</translation>
    </message>
    <message>
        <source>No record in the journal for this pack yet.</source>
        <translation>日誌中尚未有此電池組的記錄。</translation>
    </message>
    <message>
        <source>Measured SoH: not measured yet: needs a deep charge (a rise of %1 % SoC or more, without gaps).</source>
        <translation>量度 SoH：尚未量度：需要一次深度充電（SoC 連續上升 %1 % 或以上，中間無中斷）。</translation>
    </message>
    <message>
        <source>measured SoH: %1 %</source>
        <translation>量度 SoH：%1 %</translation>
    </message>
    <message>
        <source>Measured capacity %1 kWh (%2 Ah) of %3 kWh rated</source>
        <translation>量度容量 %1 kWh（%2 Ah），額定 %3 kWh</translation>
    </message>
    <message numerus="yes">
        <source>from %n good session(s)</source>
        <translation>
            <numerusform>根據 %n 次合格充電過程</numerusform>
        </translation>
    </message>
    <message>
        <source>spread %1 Ah</source>
        <translation>差幅 %1 Ah</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚未有記錄。</translation>
    </message>
    <message>
        <source>%1 full equivalent cycles measured (BMS: %2)</source>
        <translation>量度到 %1 次等效完整循環（BMS：%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 kWh charged here in %n session(s)</source>
        <translation>
            <numerusform>在本站經 %n 次充電過程充入 %1 kWh</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-temperature events %1 · insulation events %2 · level-3 alarms %3</source>
        <translation>過溫事件 %1 · 絕緣事件 %2 · 3 級警報 %3</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>首次出現 %1 · 最後出現 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s), newest first</source>
        <translation>
            <numerusform>%n 次充電過程，最新在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured the capacity</source>
        <translation>
            <numerusform>其中 %n 次量度了容量</numerusform>
        </translation>
    </message>
    <message>
        <source>No charging session recorded for this pack yet.</source>
        <translation>尚未記錄此電池組的充電過程。</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) while in a slot here, newest first</source>
        <translation>
            <numerusform>在本站槽位期間有 %n 個警報，最新在前</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm recorded for this pack.</source>
        <translation>此電池組沒有警報記錄。</translation>
    </message>
    <message>
        <source>SoC %1 % · %2 V · %3 A</source>
        <translation>SoC %1 % · %2 V · %3 A</translation>
    </message>
    <message>
        <source>Charger: %1, %2 kW</source>
        <translation>充電器：%1，%2 kW</translation>
    </message>
    <message>
        <source>full in %1 min</source>
        <translation>%1 分鐘後充滿</translation>
    </message>
    <message>
        <source>Temperatures %1 to %2 °C · cells %3 to %4 V</source>
        <translation>溫度 %1 至 %2 °C · 電芯 %3 至 %4 V</translation>
    </message>
    <message>
        <source>Not valid now: %1</source>
        <translation>目前無效：%1</translation>
    </message>
    <message>
        <source>Insulation: not read</source>
        <translation>絕緣：未讀取</translation>
    </message>
    <message>
        <source>INSULATION LOW: %1 kΩ (alarm at %2 kΩ and below)</source>
        <translation>絕緣過低：%1 kΩ（%2 kΩ 或以下會觸發警報）</translation>
    </message>
    <message>
        <source>Insulation lower than usual: %1 kΩ (below %2 kΩ)</source>
        <translation>絕緣低於正常：%1 kΩ（低於 %2 kΩ）</translation>
    </message>
    <message>
        <source>Insulation: %1 kΩ</source>
        <translation>絕緣：%1 kΩ</translation>
    </message>
    <message>
        <source>BMS alarm level: not read</source>
        <translation>BMS 警報等級：未讀取</translation>
    </message>
    <message>
        <source>BMS: no alarm (level 0)</source>
        <translation>BMS：無警報（等級 0）</translation>
    </message>
    <message>
        <source>no flag named</source>
        <translation>未指明旗標</translation>
    </message>
    <message>
        <source>BMS alarm level %1: %2</source>
        <translation>BMS 警報等級 %1：%2</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not answer within %1 s.</source>
        <translation>未讀取電芯：控制器未在 %1 秒內回應。</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not show this slot&apos;s cells.</source>
        <translation>未讀取電芯：控制器未提供此槽位的電芯數據。</translation>
    </message>
    <message>
        <source>Not in the rack: no live values.</source>
        <translation>不在電池架：沒有即時數值。</translation>
    </message>
    <message>
        <source>The slot is empty: no cells to read.</source>
        <translation>此槽位是空的：沒有電芯可讀取。</translation>
    </message>
    <message>
        <source>Shown: the read at %1.</source>
        <translation>顯示：%1 的讀數。</translation>
    </message>
    <message>
        <source>Reading cells…</source>
        <translation>正在讀取電芯…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell voltages</source>
        <translation>
            <numerusform>%n 個電芯電壓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temperatures</source>
        <translation>
            <numerusform>%n 個溫度</numerusform>
        </translation>
    </message>
    <message>
        <source>read at %1, again every %2 s</source>
        <translation>%1 讀取，每 %2 秒更新</translation>
    </message>
    <message>
        <source>No valid cell voltage.</source>
        <translation>沒有有效的電芯電壓。</translation>
    </message>
    <message>
        <source>lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V</source>
        <translation>最低：電芯 %1，%2 V · 最高：電芯 %3，%4 V · 平均 %5 V · 差幅 %6 V</translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n 個無效</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid temperature.</source>
        <translation>沒有有效的溫度。</translation>
    </message>
    <message>
        <source>coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C</source>
        <translation>最低：傳感器 %1，%2 °C · 最高：傳感器 %3，%4 °C · 差幅 %5 °C</translation>
    </message>
    <message>
        <source>Why is pack %1 quarantined? It is kept out of every swap until a technician releases it.</source>
        <translation>電池組 %1 為何要隔離？在技術員解除隔離前，它不會用於任何換電。</translation>
    </message>
    <message>
        <source>Choose the reason, then Confirm quarantine.</source>
        <translation>選擇原因，然後按「確定隔離」。</translation>
    </message>
    <message>
        <source>Choose why the pack is quarantined first.</source>
        <translation>請先選擇隔離電池組的原因。</translation>
    </message>
    <message>
        <source>Not quarantined: %1</source>
        <translation>未隔離：%1</translation>
    </message>
    <message>
        <source>Pack %1 is in quarantine (%2): it is not offered to any swap.</source>
        <translation>電池組 %1 已隔離（%2）：不會提供給任何換電。</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>未解除隔離：%1</translation>
    </message>
    <message>
        <source>Pack %1 is released from quarantine: it is offered again once it is ready.</source>
        <translation>電池組 %1 已解除隔離：就緒後會再次提供。</translation>
    </message>
    <message>
        <source>This station&apos;s exports folder</source>
        <translation>本站的匯出資料夾</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>儲存裝置 %1</translation>
    </message>
    <message>
        <source>No drive is plugged in and this console keeps no journal: plug in a USB drive, then Save record again.</source>
        <translation>未插入儲存裝置，而此控制台沒有保存日誌：插入 USB 手指，然後再按「儲存記錄…」。</translation>
    </message>
    <message>
        <source>Choose where, then Save here.</source>
        <translation>選擇位置，然後按「儲存於此」。</translation>
    </message>
    <message>
        <source>Save the record of pack %1 (record and sessions as CSV, a picture of each chart) into %2</source>
        <translation>把電池組 %1 的記錄（記錄及充電過程為 CSV，每個圖表一張圖片）儲存到 %2</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>請先選擇儲存位置。</translation>
    </message>
    <message>
        <source>Written before that: %1.</source>
        <translation>在此之前已寫入：%1。</translation>
    </message>
    <message>
        <source>Not saved to %1: %2.</source>
        <translation>未能儲存到 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1, each named %2-…: %3.</source>
        <translation>
            <numerusform>已儲存 %n 個檔案到 %1，檔名均為 %2-…：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>the drive is read-only or write-protected</source>
        <translation>儲存裝置為唯讀或有防寫保護</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>儲存裝置已滿</translation>
    </message>
    <message>
        <source>the drive is gone or failing (unplugged?)</source>
        <translation>儲存裝置已移除或故障（已拔出？）</translation>
    </message>
    <message>
        <source>that is not a folder</source>
        <translation>那不是資料夾</translation>
    </message>
    <message>
        <source>the drive refused it (%1)</source>
        <translation>儲存裝置拒絕寫入（%1）</translation>
    </message>
    <message>
        <source>Type the pack&apos;s code (or scan it), or a slot number, then OK.</source>
        <translation>輸入電池組編碼（或掃描），或槽位編號，然後按「確定」。</translation>
    </message>
    <message>
        <source>Type a pack code or a slot number first.</source>
        <translation>請先輸入電池組編碼或槽位編號。</translation>
    </message>
    <message numerus="yes">
        <source>There is no slot %1: the rack has %n slot(s).</source>
        <translation>
            <numerusform>沒有槽位 %1：電池架共有 %n 個槽位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packs in the rack match %1: type more of the code.</source>
        <translation>
            <numerusform>電池架中有 %n 個電池組符合 %1：請輸入更多編碼字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack %1 is not in the rack: its records.</source>
        <translation>電池組 %1 不在電池架：以下為其記錄。</translation>
    </message>
    <message>
        <source>No pack %1 in the rack or in the journal.</source>
        <translation>電池架及日誌中均沒有電池組 %1。</translation>
    </message>
    <message>
        <source>Found in slot %1.</source>
        <translation>在槽位 %1 找到。</translation>
    </message>
</context>
<context>
    <name>PackPlots</name>
    <message>
        <source>1 h</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小時</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Raw samples (every 10 s while active, every minute at rest)</source>
        <translation>原始樣本（運作時每 10 秒，靜止時每分鐘）</translation>
    </message>
    <message>
        <source>1-minute buckets: band = min to max, line = mean</source>
        <translation>1 分鐘時段：色帶 = 最小至最大，線 = 平均</translation>
    </message>
    <message>
        <source>1-hour buckets: band = min to max, line = mean</source>
        <translation>1 小時時段：色帶 = 最小至最大，線 = 平均</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>無法讀取日誌 %1：%2。</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>電壓</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>電流</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>電芯</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>充電器功率</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Over-temperature</source>
        <translation>過溫</translation>
    </message>
    <message>
        <source>Insulation fault</source>
        <translation>絕緣故障</translation>
    </message>
    <message>
        <source>BMS SoH disagrees with the measured capacity</source>
        <translation>BMS SoH 與量度容量不符</translation>
    </message>
    <message>
        <source>Cell imbalance</source>
        <translation>電芯不均衡</translation>
    </message>
    <message>
        <source>Physical damage or a leak</source>
        <translation>外觀損壞或洩漏</translation>
    </message>
    <message>
        <source>Repeated BMS alarms</source>
        <translation>BMS 警報重複出現</translation>
    </message>
    <message>
        <source>Other: a technician inspects it</source>
        <translation>其他：由技術員檢查</translation>
    </message>
    <message>
        <source>Blocked by the fleet</source>
        <translation>被車隊封鎖</translation>
    </message>
    <message>
        <source>no pack is named</source>
        <translation>未指明電池組</translation>
    </message>
    <message>
        <source>choose why from the list</source>
        <translation>從清單中選擇原因</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>請先登入</translation>
    </message>
    <message>
        <source>the pack is in quarantine already</source>
        <translation>電池組已在隔離中</translation>
    </message>
    <message>
        <source>the pack is not in quarantine</source>
        <translation>電池組不在隔離中</translation>
    </message>
    <message>
        <source>only a technician may release a pack from quarantine</source>
        <translation>只有技術員可解除電池組隔離</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技術員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1（培訓）</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1：已停用</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The person&apos;s name (the keyboard, or a keyboard plugged in):</source>
        <translation>姓名（用螢幕鍵盤或外接鍵盤輸入）：</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Their PIN, 4 to 8 digits, not easy to guess:</source>
        <translation>PIN（4 至 8 位數字，不易猜中）：</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>再輸入一次相同的 PIN：</translation>
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
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min old</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>%1 小時前</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Swap receipt</source>
        <translation>換電收據</translation>
    </message>
    <message>
        <source>The driver can scan the code to keep this swap&apos;s record.</source>
        <translation>司機可掃描此 QR 碼，保存這次換電的記錄。</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>result unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>無記錄</translation>
    </message>
    <message>
        <source>%1 (slot %2, %3 %)</source>
        <translation>%1（槽位 %2，%3 %）</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>車輛：%1（%2）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>Packs removed: %1</source>
        <translation>拆出電池組：%1</translation>
    </message>
    <message>
        <source>Packs installed: %1</source>
        <translation>裝入電池組：%1</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (metered into the packs installed)</source>
        <translation>供應電量：%1 kWh（裝入電池組的計量值）</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (estimated from the packs&apos; SoC)</source>
        <translation>供應電量：%1 kWh（按電池組 SoC 估算）</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh</source>
        <translation>供應電量：%1 kWh</translation>
    </message>
    <message>
        <source>Duration: %1 min %2 s</source>
        <translation>用時：%1 分鐘 %2 秒</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>結束：%1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>交易編號：%1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>換電站：%1</translation>
    </message>
    <message>
        <source>NOT RECORDED in the station journal: %1</source>
        <translation>未記入換電站日誌：%1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a lock head jammed</source>
        <translation>鎖頭卡住</translation>
    </message>
    <message>
        <source>the lift read an overload</source>
        <translation>升降台讀到超載</translation>
    </message>
    <message>
        <source>the shuttle stopped off its slot</source>
        <translation>穿梭車停下時未對準槽位</translation>
    </message>
    <message>
        <source>a slot&apos;s charger is faulted</source>
        <translation>槽位的充電器故障</translation>
    </message>
    <message>
        <source>a pack&apos;s insulation is too low</source>
        <translation>電池組絕緣過低</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned</source>
        <translation>車輛未能定位</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>緊急停止</translation>
    </message>
    <message>
        <source>someone crossed the bay light curtain</source>
        <translation>有人穿越泊位光幕</translation>
    </message>
    <message>
        <source>the controller lost this console&apos;s heartbeat</source>
        <translation>控制器收不到此控制台的心跳訊號</translation>
    </message>
    <message>
        <source>the installed pack is not the planned one</source>
        <translation>已安裝的電池組與計劃不符</translation>
    </message>
    <message>
        <source>the pack&apos;s BMS did not answer</source>
        <translation>電池組的 BMS 沒有回應</translation>
    </message>
    <message>
        <source>the vehicle&apos;s HV interlock is open</source>
        <translation>車輛的高壓互鎖斷開</translation>
    </message>
    <message>
        <source>a swap was aborted mid-way</source>
        <translation>換電中途被中止</translation>
    </message>
    <message>
        <source>a pack raised an alarm</source>
        <translation>電池組觸發警報</translation>
    </message>
    <message>
        <source>a station door is open</source>
        <translation>換電站有門打開</translation>
    </message>
    <message>
        <source>the controller restarted during a swap</source>
        <translation>控制器在換電期間重啟</translation>
    </message>
    <message>
        <source>the vehicle did not switch its HV off</source>
        <translation>車輛未斷開高壓</translation>
    </message>
    <message>
        <source>the vehicle did not confirm its parking brake</source>
        <translation>車輛未確認已拉手掣</translation>
    </message>
    <message>
        <source>the lift&apos;s load cell read a mass that is not the pack&apos;s</source>
        <translation>升降台稱重傳感器讀到的重量與電池組不符</translation>
    </message>
    <message>
        <source>a lock head ended below its locking torque</source>
        <translation>鎖頭完成時低於鎖緊扭力</translation>
    </message>
    <message>
        <source>controller fault code %1</source>
        <translation>控制器故障代碼 %1</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>未提供故障</translation>
    </message>
    <message>
        <source>the journal could not record the start: %1</source>
        <translation>日誌無法記錄開始：%1</translation>
    </message>
    <message>
        <source>the swap was not started: call a technician about the journal</source>
        <translation>換電未開始：請就日誌問題通知技術員</translation>
    </message>
    <message>
        <source>the controller does not know this command</source>
        <translation>控制器不認識此指令</translation>
    </message>
    <message>
        <source>check that the controller&apos;s firmware speaks this console&apos;s register map</source>
        <translation>檢查控制器韌體是否支援此控制台的寄存器映射</translation>
    </message>
    <message>
        <source>the controller found the command&apos;s values out of range</source>
        <translation>控制器發現指令的數值超出範圍</translation>
    </message>
    <message>
        <source>plan the swap again; if it repeats, call a technician</source>
        <translation>重新計劃換電；如再發生，通知技術員</translation>
    </message>
    <message>
        <source>the station is not in the right mode (automatic or maintenance)</source>
        <translation>換電站不在正確模式（自動或維修）</translation>
    </message>
    <message>
        <source>ask a technician to set the mode</source>
        <translation>請技術員設定模式</translation>
    </message>
    <message>
        <source>the emergency stop is latched</source>
        <translation>緊急停止已鎖定</translation>
    </message>
    <message>
        <source>make the bay safe and turn the reset key at the cabinet, then reset here</source>
        <translation>確保泊位安全，在控制櫃轉動重設鑰匙，然後在此重設</translation>
    </message>
    <message>
        <source>a swap is already running</source>
        <translation>已有換電正在進行</translation>
    </message>
    <message>
        <source>wait for it to end; it shows in the swap panel</source>
        <translation>等候其結束；可在換電面板查看</translation>
    </message>
    <message>
        <source>no vehicle is in position</source>
        <translation>沒有車輛到位</translation>
    </message>
    <message>
        <source>wait until the bay shows the vehicle in position, then start again</source>
        <translation>等候泊位顯示車輛已到位，然後重新開始</translation>
    </message>
    <message>
        <source>a planned slot holds no pack</source>
        <translation>計劃的槽位沒有電池組</translation>
    </message>
    <message>
        <source>tap Start swap again: the console plans from the rack as it is now</source>
        <translation>再按「開始換電」：控制台會按電池架現況重新計劃</translation>
    </message>
    <message>
        <source>there is no free slot for the depleted pack</source>
        <translation>沒有空槽位放置低電量電池組</translation>
    </message>
    <message>
        <source>free a slot, or call a technician</source>
        <translation>騰出一個槽位，或通知技術員</translation>
    </message>
    <message>
        <source>a fault is active at the controller</source>
        <translation>控制器有現存故障</translation>
    </message>
    <message>
        <source>follow the recovery steps to clear the fault, then start again</source>
        <translation>按復原步驟清除故障，然後重新開始</translation>
    </message>
    <message>
        <source>no swap is running</source>
        <translation>沒有進行中的換電</translation>
    </message>
    <message>
        <source>nothing to stop</source>
        <translation>沒有可停止的操作</translation>
    </message>
    <message>
        <source>the bay sees a different number of pack blocks</source>
        <translation>泊位偵測到的電池組倉位數目不同</translation>
    </message>
    <message>
        <source>check that the right vehicle is identified</source>
        <translation>檢查是否識別了正確車輛</translation>
    </message>
    <message>
        <source>motion is held after the controller lost this console&apos;s heartbeat</source>
        <translation>控制器收不到此控制台的心跳訊號，動作已暫停</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume</source>
        <translation>確認泊位已淨空，然後按「繼續」</translation>
    </message>
    <message>
        <source>a planned pack is not available (charging, faulted, disabled or the wrong type)</source>
        <translation>計劃的電池組無法使用（充電中、故障、已停用或類型錯誤）</translation>
    </message>
    <message>
        <source>the emergency stop is still latched at the cabinet</source>
        <translation>控制櫃的緊急停止仍然鎖定</translation>
    </message>
    <message>
        <source>turn the reset key at the cabinet first, then reset here</source>
        <translation>先在控制櫃轉動重設鑰匙，然後在此重設</translation>
    </message>
    <message>
        <source>no motion is held</source>
        <translation>沒有暫停中的動作</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>沒有可繼續的動作</translation>
    </message>
    <message>
        <source>the controller refused it with reason code %1</source>
        <translation>控制器拒絕，原因代碼 %1</translation>
    </message>
    <message>
        <source>call a technician with this code</source>
        <translation>通知技術員並提供此代碼</translation>
    </message>
    <message>
        <source>the E-stop is still latched: make the bay safe and turn the reset key at the cabinet first</source>
        <translation>急停仍然鎖定：先確保泊位安全，並在控制櫃轉動重設鑰匙</translation>
    </message>
    <message>
        <source>nothing to reset: the controller reports no fault</source>
        <translation>無需重設：控制器沒有報告故障</translation>
    </message>
    <message>
        <source>%1: only a technician may reset this; sign in as technician</source>
        <translation>%1：只有技術員可重設此項；請以技術員身份登入</translation>
    </message>
    <message>
        <source>nothing to resume: no motion is held</source>
        <translation>沒有可繼續的動作：沒有暫停中的動作</translation>
    </message>
    <message>
        <source>nothing to retry: no vehicle&apos;s positioning failed</source>
        <translation>無需重試：沒有車輛定位失敗</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>沒有槽位 %1</translation>
    </message>
    <message>
        <source>this needs the %1 role: sign in</source>
        <translation>此操作需要%1角色：請登入</translation>
    </message>
    <message>
        <source>homing needs maintenance mode: a signed-in technician selects it</source>
        <translation>回原點需要維修模式：由已登入的技術員選擇</translation>
    </message>
    <message>
        <source>a swap is running: wait for it to end or abort it</source>
        <translation>換電進行中：等候其結束或中止換電</translation>
    </message>
    <message>
        <source>first the steps above: the station is not ready for a swap yet</source>
        <translation>請先完成以上步驟：換電站尚未準備好換電</translation>
    </message>
    <message>
        <source>the link to the controller is down: nothing can be sent, and what is shown is the last known state</source>
        <translation>與控制器的連線已中斷：無法發送任何指令，顯示的是最後已知狀態</translation>
    </message>
    <message>
        <source>no data from the station yet</source>
        <translation>尚未收到換電站的數據</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is already %2</source>
        <translation>槽位 %1 的充電器已經%2</translation>
    </message>
    <message>
        <source>a station door is open: close it first</source>
        <translation>換電站有門打開：請先關門</translation>
    </message>
    <message>
        <source>the station is already in %1 mode</source>
        <translation>換電站已在%1模式</translation>
    </message>
    <message>
        <source>a lock head moves only in maintenance mode: select it first</source>
        <translation>鎖頭只可在維修模式下移動：請先選擇維修模式</translation>
    </message>
    <message>
        <source>there is no lock head %1</source>
        <translation>沒有鎖頭 %1</translation>
    </message>
    <message>
        <source>lock head %1 is already %2</source>
        <translation>鎖頭 %1 已經%2</translation>
    </message>
    <message>
        <source>lock head %1 ended below its torque: unlock it first</source>
        <translation>鎖頭 %1 完成時扭力不足：請先解鎖</translation>
    </message>
    <message>
        <source>no vehicle in the bay</source>
        <translation>泊位沒有車輛</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, its packs locked</source>
        <translation>車輛 %1 在泊位，電池組已上鎖</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, not locked (block %2): it must not drive off</source>
        <translation>車輛 %1 在泊位，未上鎖（倉位 %2）：不可駛離</translation>
    </message>
    <message>
        <source>lock head %1 jammed</source>
        <translation>鎖頭 %1 卡住</translation>
    </message>
    <message>
        <source>lock head %1 below its locking torque (%2 Nm)</source>
        <translation>鎖頭 %1 低於鎖緊扭力（%2 Nm）</translation>
    </message>
    <message>
        <source>the load cell read %1 kg, where a %2 kWh pack weighs %3 kg</source>
        <translation>稱重傳感器讀數 %1 kg，而 %2 kWh 電池組應重 %3 kg</translation>
    </message>
    <message>
        <source>a pack is on the lift (%1 kg, lift at %2 mm)</source>
        <translation>升降台上有電池組（%1 kg，升降台於 %2 mm）</translation>
    </message>
    <message>
        <source>the lift stands at %1 mm</source>
        <translation>升降台位於 %1 mm</translation>
    </message>
    <message>
        <source>a pack is on the shuttle (%1)</source>
        <translation>穿梭車上有電池組（%1）</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>在泊位</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>在槽位 %1</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>在停止點之間</translation>
    </message>
    <message>
        <source>E-stop latched</source>
        <translation>急停已鎖定</translation>
    </message>
    <message>
        <source>E-stop key turned at the cabinet, the reset is still to confirm here</source>
        <translation>已在控制櫃轉動急停鑰匙，仍須在此確認重設</translation>
    </message>
    <message>
        <source>motion held after the controller lost this console&apos;s heartbeat</source>
        <translation>控制器收不到此控制台的心跳訊號，動作已暫停</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned (%1 tries)</source>
        <translation>車輛未能定位（已試 %1 次）</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is faulted</source>
        <translation>槽位 %1 的充電器故障</translation>
    </message>
    <message>
        <source>all motion is stopped; keep clear of the lift and the shuttle while a pack is on them</source>
        <translation>所有動作已停止；升降台及穿梭車上有電池組時，請遠離</translation>
    </message>
    <message>
        <source>motion is held and will not start again until someone here resumes it or aborts the swap</source>
        <translation>動作已暫停，直至現場有人按「繼續」或中止換電，才會再次啟動</translation>
    </message>
    <message>
        <source>the swap machinery is safe; only the faulted charger is stopped</source>
        <translation>換電機械處於安全狀態；只有故障的充電器已停止</translation>
    </message>
    <message>
        <source>no motion in the bay; the driver waits for a signal</source>
        <translation>泊位內沒有動作；司機等候訊號</translation>
    </message>
    <message>
        <source>the controller holds motion when it stops seeing this console; it will wait for someone here to resume</source>
        <translation>控制器收不到此控制台時會暫停動作；會等候現場有人按「繼續」</translation>
    </message>
    <message>
        <source>the link to the controller is down; last known</source>
        <translation>與控制器的連線已中斷；最後已知</translation>
    </message>
    <message>
        <source>slot %1&apos;s pack has low insulation: disable slot %2&apos;s charger, which isolates the pack (a reset does not cure it); a technician quarantines it</source>
        <translation>槽位 %1 的電池組絕緣過低：停用槽位 %2 的充電器以斷開該電池組（重設無法解決）；由技術員將其隔離</translation>
    </message>
    <message>
        <source>check the serial cable and the controller&apos;s power; the console reconnects by itself and then shows what the controller says</source>
        <translation>檢查串口線及控制器電源；控制台會自動重新連線，然後顯示控制器的狀態</translation>
    </message>
    <message>
        <source>clear the bay and make sure nobody is inside the light curtain</source>
        <translation>清空泊位，確保光幕內無人</translation>
    </message>
    <message>
        <source>turn the E-stop reset key at the cabinet</source>
        <translation>在控制櫃轉動急停重設鑰匙</translation>
    </message>
    <message>
        <source>reset faults here: the controller returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>在此重設故障：控制器會把運送中的電池組放回空槽位，並鎖上車輛的電池組</translation>
    </message>
    <message>
        <source>a technician (signed in) resets here after freeing the cause: the controller then returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>技術員（已登入）排除原因後在此重設：控制器隨即把運送中的電池組放回空槽位，並鎖上車輛的電池組</translation>
    </message>
    <message>
        <source>next, technician: maintenance. Call a technician; in maintenance mode they free the jam, check the lift or realign the shuttle</source>
        <translation>下一步，技術員：維修。通知技術員；在維修模式下排除卡住、檢查升降台或重新對準穿梭車</translation>
    </message>
    <message>
        <source>keep the vehicle where it is: do not let it drive off</source>
        <translation>車輛留在原位：不要讓其駛離</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume: the swap continues from where it held</source>
        <translation>確認泊位已淨空，然後按「繼續」：換電會從暫停處繼續</translation>
    </message>
    <message>
        <source>or abort the swap: the controller stops it where it stands</source>
        <translation>或中止換電：控制器會在當前位置停止</translation>
    </message>
    <message>
        <source>then start the swap again for the vehicle in the bay</source>
        <translation>然後為泊位內的車輛重新開始換電</translation>
    </message>
    <message>
        <source>guide the driver back to the start of the wheel guides</source>
        <translation>引導司機倒車至車輪導軌的起點</translation>
    </message>
    <message>
        <source>retry positioning: the driver drives onto the guides again</source>
        <translation>重試定位：司機再次駛上導軌</translation>
    </message>
    <message>
        <source>reset faults here: this resets the faulted charger (and, as every reset, lets the controller move a pack in transit, so the bay must be clear)</source>
        <translation>在此重設故障：這會重設故障的充電器（與所有重設一樣，控制器可能移動運送中的電池組，因此泊位必須淨空）</translation>
    </message>
    <message>
        <source>if it faults again, disable slot %1&apos;s charger and call a technician; its pack is not used for swaps while it is disabled</source>
        <translation>如再次故障，停用槽位 %1 的充電器並通知技術員；停用期間其電池組不會用於換電</translation>
    </message>
    <message>
        <source>technician: home the axes (lift down, shuttle to the bay)</source>
        <translation>技術員：各軸回原點（升降台降下，穿梭車回泊位）</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode when the work is done</source>
        <translation>技術員：工作完成後把換電站切回自動模式</translation>
    </message>
    <message>
        <source>the driver switches the vehicle off (HV off) and keeps it off until the swap ends</source>
        <translation>司機關掉車輛（斷開高壓），並保持關閉直至換電結束</translation>
    </message>
    <message>
        <source>the driver sets the parking brake and keeps it set until the swap ends</source>
        <translation>司機拉上手掣，並保持拉上直至換電結束</translation>
    </message>
    <message>
        <source>close the station door: nothing moves and no swap starts while it is open</source>
        <translation>關上換電站的門：門開着時所有機件不會移動，亦不會開始換電</translation>
    </message>
    <message>
        <source>technician: check the pack on the lift against its type and the load cell before the reset</source>
        <translation>技術員：重設前按類型核對升降台上的電池組，並檢查稱重傳感器</translation>
    </message>
    <message>
        <source>technician: select maintenance mode to re-lock the lock head</source>
        <translation>技術員：選擇維修模式以重新上鎖鎖頭</translation>
    </message>
    <message>
        <source>hold Unlock head until lock head %1 reads unlocked</source>
        <translation>按住「鎖頭解鎖」，直至鎖頭 %1 顯示已解鎖</translation>
    </message>
    <message>
        <source>hold Lock head until lock head %1 reads locked, its torque in the window (180-250 Nm)</source>
        <translation>按住「鎖頭上鎖」，直至鎖頭 %1 顯示已上鎖，且扭力在範圍內（180-250 Nm）</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode</source>
        <translation>技術員：把換電站切回自動模式</translation>
    </message>
    <message>
        <source>the station is in maintenance mode: no swap starts until it is automatic</source>
        <translation>換電站處於維修模式：切回自動模式前不會開始換電</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技術員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>上鎖</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>the rack has no free slot for the vehicle&apos;s first pack: the stopped swap put a pack back into it. A technician takes one pack out of the rack in maintenance mode, or the vehicle leaves as it is (its packs are locked)</source>
        <translation>電池架沒有空槽位放置車輛的第一個電池組：停止的換電已把一個電池組放回架上。由技術員在維修模式下從電池架取出一個電池組，或車輛維持現狀離開（其電池組已上鎖）</translation>
    </message>
    <message>
        <source>a move runs in direction -1 or 1</source>
        <translation>移動方向只可為 -1 或 1</translation>
    </message>
    <message>
        <source>the controller&apos;s protocol has no such move (it needs protocol 3.2)</source>
        <translation>控制器的協定沒有此移動（需要協定 3.2）</translation>
    </message>
    <message>
        <source>the link to the controller is down</source>
        <translation>與控制器的連線已中斷</translation>
    </message>
    <message>
        <source>the move stopped: the button was released</source>
        <translation>移動已停止：按鈕已放開</translation>
    </message>
    <message>
        <source>the move stopped: the link to the controller failed, so the console stopped holding it; the controller stops it by itself</source>
        <translation>移動已停止：與控制器的連線失效，控制台已停止按住；控制器會自行停止移動</translation>
    </message>
    <message>
        <source>the move stopped: this screen stopped responding, so the console stopped holding it</source>
        <translation>移動已停止：此螢幕停止回應，控制台已停止按住</translation>
    </message>
    <message>
        <source>the move was not sent: %1</source>
        <translation>移動指令未發送：%1</translation>
    </message>
    <message>
        <source>the controller refused the move&apos;s values (Modbus exception %1): a target it does not have, or a direction the move does not take</source>
        <translation>控制器拒絕移動的數值（Modbus 異常 %1）：目標不存在，或移動不支援該方向</translation>
    </message>
    <message>
        <source>the move stopped: another move took its place</source>
        <translation>移動已停止：已由另一移動取代</translation>
    </message>
    <message>
        <source>it does not move: the emergency stop is latched or not yet reset</source>
        <translation>不會移動：緊急停止已鎖定或尚未重設</translation>
    </message>
    <message>
        <source>it does not move: motion is held after a lost heartbeat; resume first</source>
        <translation>不會移動：心跳訊號中斷後動作已暫停；請先按「繼續」</translation>
    </message>
    <message>
        <source>it does not move: a swap is running</source>
        <translation>不會移動：換電進行中</translation>
    </message>
    <message>
        <source>it does not move: the station is not in maintenance mode</source>
        <translation>不會移動：換電站不在維修模式</translation>
    </message>
    <message>
        <source>it does not move: the axes are homing</source>
        <translation>不會移動：各軸正在回原點</translation>
    </message>
    <message>
        <source>it does not move: a station door is open</source>
        <translation>不會移動：換電站有門打開</translation>
    </message>
    <message>
        <source>it stopped: the controller stopped hearing the button; release it and press again</source>
        <translation>已停止：控制器收不到按鈕訊號；放開後再按</translation>
    </message>
    <message>
        <source>it stopped: a move may run 30 s at a time; release the button and press again</source>
        <translation>已停止：每次移動最多 30 秒；放開按鈕後再按</translation>
    </message>
    <message>
        <source>it does not move: no lock head or slot chosen</source>
        <translation>不會移動：未選擇鎖頭或槽位</translation>
    </message>
    <message>
        <source>it does not move: the shuttle moves only with the lift down</source>
        <translation>不會移動：升降台降下時穿梭車才可移動</translation>
    </message>
    <message>
        <source>it does not move: the lift moves only with the shuttle at the bay or at a slot</source>
        <translation>不會移動：穿梭車在泊位或槽位時升降台才可移動</translation>
    </message>
    <message>
        <source>it does not unlock: the vehicle has not confirmed HV off and its parking brake</source>
        <translation>不會解鎖：車輛未確認已斷開高壓及已拉手掣</translation>
    </message>
    <message>
        <source>it is there: nothing more to move in that direction</source>
        <translation>已到位：該方向無法再移動</translation>
    </message>
    <message>
        <source>the lock ended below its torque window: the head is faulted; unlock it and lock it again</source>
        <translation>上鎖扭力低於範圍：鎖頭故障；請解鎖後重新上鎖</translation>
    </message>
    <message>
        <source>it does not move: the controller gives reason code %1</source>
        <translation>不會移動：控制器給出原因代碼 %1</translation>
    </message>
    <message>
        <source>homed: the lift is down and the shuttle at the bay</source>
        <translation>已回原點：升降台已降下，穿梭車在泊位</translation>
    </message>
    <message>
        <source>%1; chosen by %2: %3. %4</source>
        <translation>%1；按%2選取：%3。%4</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rack&apos;s type %1 packs are ready</source>
        <translation>
            <numerusform>電池架中 %n 個 %1 型電池組已就緒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1，其次%2</translation>
    </message>
    <message>
        <source>slot %1 (%2 % SoC, %3 % SoH, %4)</source>
        <translation>槽位 %1（SoC %2 %，SoH %3 %，%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n 次循環</numerusform>
        </translation>
    </message>
    <message>
        <source>cycles unknown</source>
        <translation>循環次數不明</translation>
    </message>
    <message>
        <source>Depleted pack to slot %1.</source>
        <translation>低電量電池組放到槽位 %1。</translation>
    </message>
    <message>
        <source>Block 1 carries no pack: nothing to take out first.</source>
        <translation>倉位 1 沒有電池組：無需先拆出。</translation>
    </message>
    <message numerus="yes">
        <source>needs %n packs of type %1, %2</source>
        <translation>
            <numerusform>需要 %n 個 %1 型電池組，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n 個就緒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rack holds no type %2 pack</source>
        <translation>%1：電池架沒有 %2 型電池組</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; enough ready in about %3 min</source>
        <translation>%1：%2；約 %3 分鐘後有足夠數量就緒</translation>
    </message>
    <message>
        <source>no free slot for the depleted pack: every slot holds a pack</source>
        <translation>沒有空槽位放置低電量電池組：每個槽位都有電池組</translation>
    </message>
    <message numerus="yes">
        <source>%n without a pack code</source>
        <translation>
            <numerusform>%n 個沒有電池組編碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n 個已隔離</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>%n 個已預留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a charger fault</source>
        <translation>
            <numerusform>%n 個充電器故障</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in disabled slots</source>
        <translation>
            <numerusform>%n 個在已停用槽位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with invalid readings</source>
        <translation>
            <numerusform>%n 個讀數無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in poor health</source>
        <translation>
            <numerusform>%n 個健康度差</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the temperature out of range</source>
        <translation>
            <numerusform>%n 個溫度超出範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with insulation low</source>
        <translation>
            <numerusform>%n 個絕緣過低</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging</source>
        <translation>
            <numerusform>%n 個充電中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged</source>
        <translation>
            <numerusform>%n 個電量不足</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at alarm level %1</source>
        <translation>
            <numerusform>%n 個警報等級 %1</numerusform>
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
        <translation>最高 SoC</translation>
    </message>
    <message>
        <source>fewest cycles</source>
        <translation>最少循環</translation>
    </message>
    <message>
        <source>best health</source>
        <translation>最佳健康度</translation>
    </message>
    <message>
        <source>coolest</source>
        <translation>溫度最低</translation>
    </message>
    <message>
        <source>lowest slot</source>
        <translation>最小槽位編號</translation>
    </message>
    <message>
        <source>motion held: the controller lost the console&apos;s heartbeat</source>
        <translation>動作已暫停：控制器收不到控制台的心跳訊號</translation>
    </message>
    <message>
        <source>the bay light curtain is interrupted</source>
        <translation>泊位光幕被遮斷</translation>
    </message>
    <message>
        <source>controller faults: %1</source>
        <translation>控制器故障：%1</translation>
    </message>
    <message>
        <source>no reason given by the controller</source>
        <translation>控制器未提供原因</translation>
    </message>
    <message>
        <source>enter the person&apos;s name</source>
        <translation>請輸入姓名</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>姓名最多 %1 個字元</translation>
    </message>
    <message>
        <source>a name is letters, digits, spaces and . - &apos; only</source>
        <translation>姓名只可包含字母、數字、空格及 . - &apos;</translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation>已有名為 %1 的用戶</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>沒有名為 %1 的用戶</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN 須為 4 至 8 位數字</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 1234): choose another</source>
        <translation>此 PIN 太易猜中（重複同一數字，或 1234 這類順序）：請另選一個</translation>
    </message>
    <message>
        <source>another user has that PIN: choose another</source>
        <translation>另一用戶已使用此 PIN：請另選一個</translation>
    </message>
    <message>
        <source>the two PINs differ: enter the same PIN twice</source>
        <translation>兩次 PIN 不相同：請輸入相同的 PIN 兩次</translation>
    </message>
    <message>
        <source>another user has that badge</source>
        <translation>另一用戶已使用此員工卡</translation>
    </message>
    <message>
        <source>a badge reads at least 4 characters</source>
        <translation>員工卡讀數最少須有 4 個字元</translation>
    </message>
    <message>
        <source>wrong PIN (%1 of %2 tries)</source>
        <translation>PIN 錯誤（第 %1 次，共 %2 次）</translation>
    </message>
    <message>
        <source>too many wrong PINs: sign-in is locked for %1 s</source>
        <translation>PIN 錯誤次數過多：登入已鎖定 %1 秒</translation>
    </message>
    <message>
        <source>wrong PIN, %1 times: sign-in is locked for %2 s</source>
        <translation>PIN 錯誤 %1 次：登入已鎖定 %2 秒</translation>
    </message>
    <message>
        <source>that badge belongs to no user</source>
        <translation>此員工卡不屬於任何用戶</translation>
    </message>
    <message>
        <source>%1 is disabled: a supervisor can enable them again</source>
        <translation>%1 已停用：主管可重新啟用</translation>
    </message>
    <message>
        <source>%1 is a training user: training users sign in on the simulated station only</source>
        <translation>%1 是培訓用戶：培訓用戶只可在模擬換電站登入</translation>
    </message>
    <message>
        <source>%1 is the last supervisor: add another supervisor first</source>
        <translation>%1 是最後一位主管：請先新增另一位主管</translation>
    </message>
    <message>
        <source>enter the PIN first</source>
        <translation>請先輸入 PIN</translation>
    </message>
    <message>
        <source>no one can sign in: the user file cannot be used (%1)</source>
        <translation>無人可登入：用戶檔案無法使用（%1）</translation>
    </message>
    <message>
        <source>only a supervisor manages users</source>
        <translation>只有主管可管理用戶</translation>
    </message>
    <message>
        <source>maintenance needs a signed-in technician or supervisor</source>
        <translation>維修需要已登入的技術員或主管</translation>
    </message>
    <message>
        <source>a swap is running: maintenance waits for it to end</source>
        <translation>換電進行中：維修須等候換電結束</translation>
    </message>
    <message>
        <source>the station is in maintenance already</source>
        <translation>換電站已在維修模式</translation>
    </message>
    <message>
        <source>the station is not in maintenance</source>
        <translation>換電站不在維修模式</translation>
    </message>
    <message>
        <source>maintenance asked of the controller: it shows once the controller confirms</source>
        <translation>已向控制器要求進入維修：控制器確認後便會顯示</translation>
    </message>
    <message>
        <source>automatic operation asked of the controller</source>
        <translation>已向控制器要求自動運行</translation>
    </message>
    <message>
        <source>the controller confirms maintenance mode</source>
        <translation>控制器確認維修模式</translation>
    </message>
    <message>
        <source>the controller confirms automatic operation</source>
        <translation>控制器確認自動運行</translation>
    </message>
    <message>
        <source>the station stays in maintenance until it is safe: %1</source>
        <translation>換電站會維持維修模式，直至安全：%1</translation>
    </message>
    <message>
        <source>motion needs maintenance mode: enter it first</source>
        <translation>動作需要維修模式：請先進入</translation>
    </message>
    <message>
        <source>the move stopped: %1</source>
        <translation>移動已停止：%1</translation>
    </message>
    <message>
        <source>a second finger touched the screen</source>
        <translation>第二隻手指觸碰了螢幕</translation>
    </message>
    <message>
        <source>the console&apos;s window stopped being the active one</source>
        <translation>控制台視窗不再是使用中的視窗</translation>
    </message>
    <message>
        <source>the button went away (page changed, or signed out)</source>
        <translation>按鈕已消失（頁面已切換或已登出）</translation>
    </message>
    <message>
        <source>the lift is not down (home the axes)</source>
        <translation>升降台未降下（請執行「軸回原點」）</translation>
    </message>
    <message>
        <source>the shuttle is not at the bay (home the axes)</source>
        <translation>穿梭車不在泊位（請執行「軸回原點」）</translation>
    </message>
    <message>
        <source>a pack is on the lift</source>
        <translation>升降台上有電池組</translation>
    </message>
    <message>
        <source>a pack is on the shuttle</source>
        <translation>穿梭車上有電池組</translation>
    </message>
    <message>
        <source>an axis is still moving</source>
        <translation>仍有軸在移動</translation>
    </message>
    <message>
        <source>lock head %1 is faulted</source>
        <translation>鎖頭 %1 故障</translation>
    </message>
    <message>
        <source>no data from the controller</source>
        <translation>沒有來自控制器的數據</translation>
    </message>
    <message>
        <source>slot %1 is out of service: %2</source>
        <translation>槽位 %1 停止服務：%2</translation>
    </message>
    <message>
        <source>slot %1 is out of service until %3: %2</source>
        <translation>槽位 %1 停止服務至 %3：%2</translation>
    </message>
    <message>
        <source>slot %1 is back in service</source>
        <translation>槽位 %1 已恢復服務</translation>
    </message>
    <message>
        <source>slot %1 is out of service already</source>
        <translation>槽位 %1 已經停止服務</translation>
    </message>
    <message>
        <source>slot %1 is in service</source>
        <translation>槽位 %1 服務中</translation>
    </message>
    <message>
        <source>say why the slot is out of service</source>
        <translation>請說明槽位停止服務的原因</translation>
    </message>
    <message>
        <source>slot %1 is in the running swap</source>
        <translation>槽位 %1 正用於進行中的換電</translation>
    </message>
    <message>
        <source>that time has passed already</source>
        <translation>該時間已過</translation>
    </message>
    <message>
        <source>charger repair</source>
        <translation>充電器修理</translation>
    </message>
    <message>
        <source>connector worn</source>
        <translation>接頭磨損</translation>
    </message>
    <message>
        <source>slot inspection</source>
        <translation>槽位檢查</translation>
    </message>
    <message>
        <source>cooling fault</source>
        <translation>冷卻故障</translation>
    </message>
    <message>
        <source>rack damage</source>
        <translation>電池架損壞</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>其他工作</translation>
    </message>
    <message>
        <source>no plate given</source>
        <translation>未提供車牌</translation>
    </message>
    <message>
        <source>a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); not %1</source>
        <translation>車牌只可包含字母、數字、空格及連字號（可用泰文子音）；%1 不符</translation>
    </message>
    <message>
        <source>a plate has %1 to %2 characters, not %3</source>
        <translation>車牌須有 %1 至 %2 個字元，而非 %3 個</translation>
    </message>
    <message>
        <source>a vehicle carries 1 to %1 pack blocks</source>
        <translation>車輛可裝 1 至 %1 個電池組倉位</translation>
    </message>
    <message>
        <source>a vehicle needs a pack type</source>
        <translation>車輛須指定電池組類型</translation>
    </message>
    <message>
        <source>that code is not a vehicle tag (4-40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;): scan again</source>
        <translation>此編碼不是車輛標籤（4-40 個字母、數字、&apos;:&apos;、&apos;_&apos; 或 &apos;-&apos;）：請再掃描</translation>
    </message>
    <message>
        <source>no vehicle is registered with code %1</source>
        <translation>沒有以編碼 %1 登記的車輛</translation>
    </message>
    <message>
        <source>%1 is not a registered vehicle: check the plate, or ask the fleet office to register it</source>
        <translation>%1 不是已登記車輛：請檢查車牌，或請車隊辦公室登記</translation>
    </message>
    <message>
        <source>%1 is disabled at this station: a technician can enable it on the Vehicles page</source>
        <translation>%1 在本站已停用：技術員可在「車輛」頁重新啟用</translation>
    </message>
    <message>
        <source>only a signed-in technician or supervisor changes the vehicle registry</source>
        <translation>只有已登入的技術員或主管可更改車輛登記冊</translation>
    </message>
    <message>
        <source>%1 is already registered: tap it in the list to edit it</source>
        <translation>%1 已登記：在清單中按選即可編輯</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 不在登記冊中</translation>
    </message>
    <message>
        <source>the last change is still being recorded: try again in a moment</source>
        <translation>上一項更改仍在記錄中：請稍後再試</translation>
    </message>
    <message>
        <source>the journal could not record it, so nothing was changed: %1</source>
        <translation>日誌無法記錄，因此沒有作任何更改：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is registered (%2, type %3, %n blocks)</source>
        <translation>
            <numerusform>%1 已登記（%2，類型 %3，%n 個倉位）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 已更改：%2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1：沒有需要更改的項目</translation>
    </message>
    <message>
        <source>%1 is disabled: no swap starts for it until it is enabled again</source>
        <translation>%1 已停用：重新啟用前不會為其開始換電</translation>
    </message>
    <message>
        <source>%1 is enabled: it may be swapped again</source>
        <translation>%1 已啟用：可再次換電</translation>
    </message>
    <message>
        <source>%1 was already disabled</source>
        <translation>%1 早已停用</translation>
    </message>
    <message>
        <source>%1 was already enabled</source>
        <translation>%1 早已啟用</translation>
    </message>
    <message>
        <source>%1 imported: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 已匯入：新增 %2，更新 %3，未變 %4</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>車隊</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>pack type</source>
        <translation>電池組類型</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>倉位數</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>no fleet given: every vehicle belongs to a fleet</source>
        <translation>未提供車隊：每輛車都須屬於一個車隊</translation>
    </message>
    <message>
        <source>a fleet&apos;s name has at most %1 characters, not %2</source>
        <translation>車隊名稱最多 %1 個字元，而非 %2 個</translation>
    </message>
    <message>
        <source>a model&apos;s name has at most %1 characters, not %2</source>
        <translation>型號名稱最多 %1 個字元，而非 %2 個</translation>
    </message>
    <message>
        <source>pack type %1: one of %2</source>
        <translation>電池組類型 %1：須為 %2 之一</translation>
    </message>
    <message>
        <source>choose the vehicle&apos;s pack type</source>
        <translation>選擇車輛的電池組類型</translation>
    </message>
    <message>
        <source>blocks %1: a vehicle carries 1 to %2 pack blocks</source>
        <translation>倉位數 %1：車輛可裝 1 至 %2 個電池組倉位</translation>
    </message>
    <message>
        <source>plate %1: %2</source>
        <translation>車牌 %1：%2</translation>
    </message>
    <message>
        <source>tag %1: a tag is 4 to 40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>標籤 %1：標籤須為 4 至 40 個字母、數字、&apos;:&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>at most %1 tags a vehicle, not %2</source>
        <translation>每輛車最多 %1 個標籤，而非 %2 個</translation>
    </message>
    <message>
        <source>tag %1 already names %2</source>
        <translation>標籤 %1 已屬於 %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 亦在第 %2 行</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>%1 values where the first line names %2 columns</source>
        <translation>有 %1 個數值，但首行列出 %2 個欄位</translation>
    </message>
    <message>
        <source>the first line must name the columns plate, fleet, model, pack_type, blocks (and tags, if any); it reads %1</source>
        <translation>首行必須列出欄位 plate（車牌）、fleet（車隊）、model（型號）、pack_type（電池組類型）、blocks（倉位數），如有 tags（標籤）亦要列出；現為 %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8</source>
        <translation>檔案不是 UTF-8 文字（第 %1 行，第 %2 位元組）：請另存為 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>無法以 CSV 讀取檔案：%1</translation>
    </message>
    <message>
        <source>the file has %1 MB: a vehicle list is at most %2 MB</source>
        <translation>檔案有 %1 MB：車輛清單最多 %2 MB</translation>
    </message>
    <message>
        <source>the file lists no vehicles</source>
        <translation>檔案沒有列出任何車輛</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines are wrong</source>
        <translation>
            <numerusform>另有 %n 行有誤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 未匯入，沒有作任何更改：%2</translation>
    </message>
    <message>
        <source>nothing to acknowledge: the alarm is not unacknowledged</source>
        <translation>無需確認：警報不在未確認狀態</translation>
    </message>
    <message>
        <source>acknowledging %1 needs the %2 role</source>
        <translation>確認 %1 需要%2角色</translation>
    </message>
    <message>
        <source>nothing to reset: the alarm is not latched with its cause gone</source>
        <translation>無需重設：警報並非原因已消除而待重設</translation>
    </message>
    <message>
        <source>acknowledge the alarm before resetting it</source>
        <translation>請先確認警報，再重設</translation>
    </message>
    <message>
        <source>resetting %1 needs the %2 role</source>
        <translation>重設 %1 需要%2角色</translation>
    </message>
    <message>
        <source>only an annunciated alarm can be shelved</source>
        <translation>只有正在顯示的警報可擱置</translation>
    </message>
    <message>
        <source>%1 may not be shelved</source>
        <translation>%1 不可擱置</translation>
    </message>
    <message>
        <source>shelving needs the %1 role</source>
        <translation>擱置需要%1角色</translation>
    </message>
    <message>
        <source>shelving needs a reason</source>
        <translation>擱置須提供原因</translation>
    </message>
    <message>
        <source>shelve for at most %1 minutes</source>
        <translation>擱置最多 %1 分鐘</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>警報未被擱置</translation>
    </message>
    <message>
        <source>unshelving needs the %1 role</source>
        <translation>取消擱置需要%1角色</translation>
    </message>
    <message>
        <source>no such alarm point</source>
        <translation>沒有此警報點</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs the technician role</source>
        <translation>將警報設為停止服務需要技術員角色</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs a reason</source>
        <translation>將警報設為停止服務須提供原因</translation>
    </message>
    <message>
        <source>the alarm is in service</source>
        <translation>警報服務中</translation>
    </message>
    <message>
        <source>recording the start in the journal</source>
        <translation>正在將開始記入日誌</translation>
    </message>
    <message>
        <source>the start was not sent: the journal could not record it</source>
        <translation>開始指令未發送：日誌無法記錄</translation>
    </message>
    <message>
        <source>start sent: waiting for the controller</source>
        <translation>已發送開始指令：等候控制器</translation>
    </message>
    <message>
        <source>abort requested: the controller brings the step to a safe stop</source>
        <translation>已要求中止：控制器會將當前步驟安全停止</translation>
    </message>
    <message>
        <source>the controller did not start the swap: %1</source>
        <translation>控制器未開始換電：%1</translation>
    </message>
    <message>
        <source>no answer to the start command: watching the station to learn whether it started</source>
        <translation>開始指令沒有回應：正在監察換電站，以確定換電是否已開始</translation>
    </message>
    <message>
        <source>the abort was not confirmed by the controller (%1)</source>
        <translation>控制器未確認中止（%1）</translation>
    </message>
    <message>
        <source>the controller has no swap running: the start never took effect</source>
        <translation>控制器沒有進行中的換電：開始指令從未生效</translation>
    </message>
    <message>
        <source>the start command got no answer and never ran</source>
        <translation>開始指令沒有回應，亦從未執行</translation>
    </message>
    <message>
        <source>swap running</source>
        <translation>換電進行中</translation>
    </message>
    <message>
        <source>swap running, %1</source>
        <translation>換電進行中，%1</translation>
    </message>
    <message>
        <source>swap already running when the console connected, %1</source>
        <translation>控制台連線時換電已在進行，%1</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>由泊位現場按鈕開始</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>由另一終端機開始</translation>
    </message>
    <message>
        <source>started from this console</source>
        <translation>由此控制台開始</translation>
    </message>
    <message>
        <source>swap completed</source>
        <translation>換電完成</translation>
    </message>
    <message>
        <source>swap completed, but the console&apos;s check disagrees: %1</source>
        <translation>換電完成，但控制台的檢查結果不符：%1</translation>
    </message>
    <message>
        <source>swap aborted</source>
        <translation>換電已中止</translation>
    </message>
    <message>
        <source>swap failed: %1</source>
        <translation>換電失敗：%1</translation>
    </message>
    <message>
        <source>the controller no longer reports this swap: its end is unknown</source>
        <translation>控制器不再報告此換電：結果不明</translation>
    </message>
    <message>
        <source>the serial line went away (adapter unplugged, or the device server or simulator closed it): %1</source>
        <translation>串口線路中斷（轉接器被拔出，或設備伺服器或模擬器已關閉線路）：%1</translation>
    </message>
    <message>
        <source>answer failed its CRC check (noise on the line?)</source>
        <translation>回應未通過 CRC 檢查（線路干擾？）</translation>
    </message>
    <message>
        <source>answer longer than expected (noise or a second talker)</source>
        <translation>回應比預期長（干擾，或線路上另有設備發送）</translation>
    </message>
    <message>
        <source>byte count %1 for %2 registers</source>
        <translation>%2 個寄存器的位元組數為 %1</translation>
    </message>
    <message>
        <source>write echo %1 differs from the request</source>
        <translation>寫入回顯 %1 與請求不符</translation>
    </message>
    <message>
        <source>write answer %1 differs from the request</source>
        <translation>寫入回應 %1 與請求不符</translation>
    </message>
    <message>
        <source>answer from unit %1, expected %2</source>
        <translation>回應來自單元 %1，預期為 %2</translation>
    </message>
    <message>
        <source>no valid answer within %1 ms, only %2 bytes of noise or a cut answer</source>
        <translation>%1 ms 內沒有有效回應，只收到 %2 個位元組的干擾或不完整回應</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 內沒有回應</translation>
    </message>
    <message>
        <source>answer cut short: %1 of %2 bytes</source>
        <translation>回應不完整：%1 / %2 個位元組</translation>
    </message>
    <message>
        <source>controller answered function %1 with exception %2 (%3)</source>
        <translation>控制器以異常 %2（%3）回應功能碼 %1</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>非法功能</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>非法數據位址</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>非法數據值</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>設備故障</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>設備忙碌</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>未知異常</translation>
    </message>
    <message>
        <source>serial port %1 does not exist: check that the USB adapter is plugged in (ls /dev/serial/by-id/) and that the path is right</source>
        <translation>串口 %1 不存在：檢查 USB 轉接器已插好（ls /dev/serial/by-id/）及路徑正確</translation>
    </message>
    <message>
        <source>no permission to open %1: add the console&apos;s user to the &apos;dialout&apos; group (see the README&apos;s udev notes)</source>
        <translation>沒有權限開啟 %1：把控制台的用戶加入 &apos;dialout&apos; 群組（見 README 的 udev 說明）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>the link is not connected</source>
        <translation>未建立連線</translation>
    </message>
    <message>
        <source>the device answers but is not a swap-station controller (identity %1, expected %2): check the unit id and the wiring</source>
        <translation>設備有回應，但不是換電站控制器（識別碼 %1，預期為 %2）：檢查單元 ID 及接線</translation>
    </message>
    <message>
        <source>controller speaks protocol %1, this console %2: update one of them</source>
        <translation>控制器使用協定 %1，此控制台使用 %2：請更新其中一方</translation>
    </message>
    <message>
        <source>controller reports %1 rack slots</source>
        <translation>控制器回報有 %1 個電池架槽位</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>正在開啟 %1</translation>
    </message>
    <message>
        <source>built-in simulated station</source>
        <translation>內置模擬換電站</translation>
    </message>
    <message>
        <source>%1 at %2 baud %3, unit %4</source>
        <translation>%1，%2 baud %3，單元 %4</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1，單元 %2</translation>
    </message>
    <message>
        <source>no valid answer for %1 s (%2)</source>
        <translation>已 %1 秒沒有有效回應（%2）</translation>
    </message>
    <message>
        <source>controller heartbeat has not changed for %1 s: the controller program may have stopped; its values are not current</source>
        <translation>控制器心跳已 %1 秒沒有變化：控制器程式可能已停止；其數值並非最新</translation>
    </message>
    <message>
        <source>errors have cleared</source>
        <translation>錯誤已消除</translation>
    </message>
    <message>
        <source>the controller answers again, heartbeat changing</source>
        <translation>控制器恢復回應，心跳正常變化</translation>
    </message>
    <message>
        <source>controller answers, heartbeat changing</source>
        <translation>控制器有回應，心跳正常變化</translation>
    </message>
    <message>
        <source>errors on the line, recovered by retries; the controller answers</source>
        <translation>線路出現錯誤，已靠重試恢復；控制器有回應</translation>
    </message>
    <message>
        <source>the console&apos;s screen has not responded for %1 s: the console heartbeat stops, so the controller holds motion</source>
        <translation>控制台螢幕已 %1 秒沒有反應：控制台心跳停止，因此控制器暫停動作</translation>
    </message>
    <message>
        <source>the console&apos;s screen responds again: console heartbeat resumed</source>
        <translation>控制台螢幕恢復反應：控制台心跳已恢復</translation>
    </message>
    <message>
        <source>the controller restarted</source>
        <translation>控制器已重啟</translation>
    </message>
    <message>
        <source>the controller restarted while the link was down</source>
        <translation>控制器在連線中斷期間重啟</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n command(s) it had not answered are unknown and will not be sent again</source>
        <translation>
            <numerusform>%1：%n 個未獲回應的指令結果不明，不會再次發送</numerusform>
        </translation>
    </message>
    <message>
        <source>the console closed the link before the controller answered</source>
        <translation>控制器回應前，控制台已關閉連線</translation>
    </message>
    <message>
        <source>not sent: the link to the controller is %1</source>
        <translation>未發送：與控制器的連線%1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在建立</translation>
    </message>
    <message>
        <source>the controller restarted before it reported the end; check the station before repeating it</source>
        <translation>控制器在回報完成前已重啟；重新執行前請先檢查換電站</translation>
    </message>
    <message>
        <source>not sent: the controller restarted; check the station, then send it again</source>
        <translation>未發送：控制器已重啟；檢查換電站後再發送</translation>
    </message>
    <message>
        <source>the controller answered sequence %1 for %2: another master on the line?</source>
        <translation>控制器以序號 %1 回應 %2：線路上有另一個主站？</translation>
    </message>
    <message>
        <source>the controller no longer reports it as running</source>
        <translation>控制器已不再回報此指令正在執行</translation>
    </message>
    <message>
        <source>a later command replaced its answer before it reported its end</source>
        <translation>回報完成前，其回應已被較後的指令取代</translation>
    </message>
    <message>
        <source>the controller&apos;s swap result now describes another swap</source>
        <translation>控制器的換電結果現時描述的是另一次換電</translation>
    </message>
    <message>
        <source>the controller reports no result for the swap it accepted</source>
        <translation>控制器沒有回報所接受換電的結果</translation>
    </message>
    <message>
        <source>accepted, but its end was not reported in time: check the station</source>
        <translation>已接受，但未及時回報完成：請檢查換電站</translation>
    </message>
    <message>
        <source>not sent: the link could not carry it in time</source>
        <translation>未發送：連線未能及時傳送</translation>
    </message>
    <message>
        <source>no answer in time: the command may or may not have been carried out; check the station before repeating it</source>
        <translation>未及時回應：指令可能已執行，也可能未執行；重新執行前請先檢查換電站</translation>
    </message>
    <message>
        <source>not sent: the link went down</source>
        <translation>未發送：連線已中斷</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>%1 沒有日誌</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性檢查：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性檢查</translation>
    </message>
    <message>
        <source>schema: %1 of %2 steps applied; the console applies the rest at its next start</source>
        <translation>資料庫結構：已套用 %1 / %2 個步驟；其餘步驟會在控制台下次啟動時套用</translation>
    </message>
    <message>
        <source>no records yet: the journal&apos;s tables are not all made</source>
        <translation>尚未有記錄：日誌的資料表尚未全部建立</translation>
    </message>
    <message>
        <source>row %1: its predecessor is missing or was changed</source>
        <translation>第 %1 行：前一行遺失或已被更改</translation>
    </message>
    <message>
        <source>row %1: its contents were changed after it was written</source>
        <translation>第 %1 行：寫入後內容曾被更改</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but %2 rows were written: rows were removed from its end</source>
        <translation>鏈止於第 %1 行，但曾寫入 %2 行：末端的行已被刪除</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>審計鏈：%1</translation>
    </message>
    <message numerus="yes">
        <source>audit chain of %n rows</source>
        <translation>
            <numerusform>審計鏈共 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tamper seal over %n records, keyed</source>
        <translation>
            <numerusform>防篡改封印涵蓋 %n 筆記錄，已用密鑰驗證</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events archived (the fleet holds them)</source>
        <translation>
            <numerusform>已歸檔 %n 個事件（車隊存有）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox: %n rows point at no event</source>
        <translation>
            <numerusform>寄件匣：%n 行沒有對應事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox consistent, %n events not yet sent</source>
        <translation>
            <numerusform>寄件匣一致，%n 個事件尚未發送</numerusform>
        </translation>
    </message>
    <message>
        <source>tamper seal not checked: no station key given (--key-file)</source>
        <translation>未檢查防篡改封印：沒有提供換電站密鑰（--key-file）</translation>
    </message>
    <message>
        <source>%1; the console keeps asking</source>
        <translation>%1；控制台繼續詢問</translation>
    </message>
    <message>
        <source>tamper seal: %1</source>
        <translation>防篡改封印：%1</translation>
    </message>
    <message>
        <source>event sequence: %1 events numbered %2-%3: some are missing</source>
        <translation>事件序號：%1 個事件，編號 %2-%3：部分遺失</translation>
    </message>
    <message>
        <source>event sequence %1-%2 without gaps (1-%3 are in the file set aside as damaged)</source>
        <translation>事件序號 %1-%2 沒有缺漏（1-%3 在因損壞而移走的檔案中）</translation>
    </message>
    <message>
        <source>event sequence 1-%1 without gaps</source>
        <translation>事件序號 1-%1 沒有缺漏</translation>
    </message>
    <message>
        <source>seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be trusted</source>
        <translation>封印鏈節 %1（%2 表第 %3 行）已被更改或偽造：之後的鏈不可信</translation>
    </message>
    <message>
        <source>%1 row %2 was added outside the console</source>
        <translation>%1 表第 %2 行是在控制台以外加入的</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was written</source>
        <translation>%1 表第 %2 行寫入後曾被更改</translation>
    </message>
    <message>
        <source>archived %1 row %2 was added outside the console</source>
        <translation>已歸檔的 %1 表第 %2 行是在控制台以外加入的</translation>
    </message>
    <message>
        <source>archived %1 row %2 was changed after it was written</source>
        <translation>已歸檔的 %1 表第 %2 行寫入後曾被更改</translation>
    </message>
    <message>
        <source>%1 row %2 was removed</source>
        <translation>%1 表第 %2 行已被刪除</translation>
    </message>
    <message>
        <source>Map identifier, always %1 (&quot;SS&quot;)</source>
        <translation>映射識別碼，固定為 %1（&quot;SS&quot;）</translation>
    </message>
    <message>
        <source>Protocol version: major * %1 + minor</source>
        <translation>協定版本：主版本 * %1 + 次版本</translation>
    </message>
    <message>
        <source>Rack slots this station has</source>
        <translation>本站電池架的槽位數</translation>
    </message>
    <message>
        <source>Series cells per pack (cell detail length)</source>
        <translation>每個電池組的串聯電芯數（電芯明細長度）</translation>
    </message>
    <message>
        <source>Temperature sensors per pack</source>
        <translation>每個電池組的溫度傳感器數目</translation>
    </message>
    <message>
        <source>Lock heads fitted in the bay</source>
        <translation>泊位裝設的鎖頭數目</translation>
    </message>
    <message>
        <source>Controller serial number</source>
        <translation>控制器序列號</translation>
    </message>
    <message>
        <source>Controller firmware: major * %1 + minor</source>
        <translation>控制器韌體：主版本 * %1 + 次版本</translation>
    </message>
    <message>
        <source>Most pack blocks one vehicle may carry</source>
        <translation>每輛車最多可裝的電池組倉位數</translation>
    </message>
    <message>
        <source>Vendor and model, ASCII</source>
        <translation>供應商及型號，ASCII</translation>
    </message>
    <message>
        <source>Controller heartbeat: +%1 every controller cycle (%2 ms), wraps at %3</source>
        <translation>控制器心跳：每個控制器週期（%2 ms）+%1，達 %3 時回繞</translation>
    </message>
    <message>
        <source>Console heartbeat: the console writes a new value on every poll. If it stops changing for the watchdog time, the controller holds all motion</source>
        <translation>控制台心跳：控制台每次輪詢都寫入新值。如數值在看門狗時間內沒有變化，控制器會暫停所有動作</translation>
    </message>
    <message>
        <source>Station mode</source>
        <translation>換電站模式</translation>
    </message>
    <message>
        <source>Station state</source>
        <translation>換電站狀態</translation>
    </message>
    <message>
        <source>Current sequence step</source>
        <translation>當前程序步驟</translation>
    </message>
    <message>
        <source>Time spent in the current step</source>
        <translation>當前步驟已用時間</translation>
    </message>
    <message>
        <source>Expected duration of the current step</source>
        <translation>當前步驟預計時長</translation>
    </message>
    <message>
        <source>Pack block being swapped (%1-based; %2 none)</source>
        <translation>正在換電的電池組倉位（由 %1 起計；%2 = 無）</translation>
    </message>
    <message>
        <source>Pack blocks in the running swap</source>
        <translation>進行中換電的電池組倉位數</translation>
    </message>
    <message>
        <source>Status flags</source>
        <translation>狀態旗標</translation>
    </message>
    <message>
        <source>Result of the current or last swap</source>
        <translation>當前或上次換電的結果</translation>
    </message>
    <message>
        <source>Fault that ended the last swap (%1 none)</source>
        <translation>令上次換電結束的故障（%1 = 無）</translation>
    </message>
    <message>
        <source>Swaps completed since power-up (wraps)</source>
        <translation>上電以來完成的換電次數（會回繞）</translation>
    </message>
    <message>
        <source>Time since the running swap started</source>
        <translation>進行中換電自開始起的時間</translation>
    </message>
    <message>
        <source>Console heartbeat watchdog time</source>
        <translation>控制台心跳看門狗時間</translation>
    </message>
    <message>
        <source>Number of active fault codes</source>
        <translation>現存故障代碼數目</translation>
    </message>
    <message>
        <source>Active fault code %1 (%2 empty)</source>
        <translation>現存故障代碼 %1（%2 = 空）</translation>
    </message>
    <message>
        <source>Command code</source>
        <translation>指令代碼</translation>
    </message>
    <message>
        <source>Sequence number of this request (%1-%2)</source>
        <translation>此請求的序號（%1-%2）</translation>
    </message>
    <message>
        <source>Argument %1 (meaning per command)</source>
        <translation>參數 %1（含義視乎指令）</translation>
    </message>
    <message>
        <source>Sequence number of the request answered</source>
        <translation>所回應請求的序號</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reject reason (status REJECTED)</source>
        <translation>拒絕原因（狀態 REJECTED）</translation>
    </message>
    <message>
        <source>Fault code (status FAILED)</source>
        <translation>故障代碼（狀態 FAILED）</translation>
    </message>
    <message>
        <source>Code of the command answered</source>
        <translation>所回應指令的代碼</translation>
    </message>
    <message>
        <source>Sequence number of the START_SWAP whose swap status.swap_result and status.swap_fault describe; %1 when that swap was started at the bay&apos;s local start button, or no swap since power-up</source>
        <translation>status.swap_result 及 status.swap_fault 所描述換電的 START_SWAP 序號；如該換電由泊位現場開始按鈕啟動，或上電以來沒有換電，則為 %1</translation>
    </message>
    <message>
        <source>%1 when a vehicle is in the bay</source>
        <translation>泊位有車輛時為 %1</translation>
    </message>
    <message>
        <source>Longitudinal offset from target</source>
        <translation>與目標的縱向偏差</translation>
    </message>
    <message>
        <source>Lateral offset from target</source>
        <translation>與目標的橫向偏差</translation>
    </message>
    <message>
        <source>Positioning result</source>
        <translation>定位結果</translation>
    </message>
    <message>
        <source>Positioning attempts that failed so far</source>
        <translation>至今失敗的定位嘗試次數</translation>
    </message>
    <message>
        <source>Why the last attempt was out of tolerance</source>
        <translation>上次嘗試超出公差的原因</translation>
    </message>
    <message>
        <source>%1 when the vehicle&apos;s HV is confirmed off</source>
        <translation>車輛確認已斷開高壓時為 %1</translation>
    </message>
    <message>
        <source>%1 when the parking brake is confirmed</source>
        <translation>確認已拉手掣時為 %1</translation>
    </message>
    <message>
        <source>Pack blocks the bay sensors see on the vehicle</source>
        <translation>泊位傳感器在車輛上偵測到的電池組倉位數</translation>
    </message>
    <message>
        <source>Pack type seen on the vehicle</source>
        <translation>在車輛上偵測到的電池組類型</translation>
    </message>
    <message>
        <source>Plate read by the bay camera, when one is fitted (UTF-%1, up to %2 bytes: Thai and Chinese plates fit)</source>
        <translation>泊位攝影機（如有裝設）讀到的車牌（UTF-%1，最多 %2 個位元組：泰文及中文車牌均可容納）</translation>
    </message>
    <message>
        <source>Lift height above its lower limit</source>
        <translation>升降台高於下限位的高度</translation>
    </message>
    <message>
        <source>Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller checks it against the pack type&apos;s mass within +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): outside, the swap fails LOAD_MISMATCH (%8); above %9 kg it fails LIFT_OVERLOAD (%10) and flag OVERLOAD is set</source>
        <translation>稱重傳感器讀數。每當升降台承接電池組（REMOVE、INSTALL），控制器會按電池組類型的重量 +/-%1 % 核對（A_%2KWH %3 kg，B_%4KWH %5 kg，C_%6KWH %7 kg）：超出範圍則換電以 LOAD_MISMATCH（%8）失敗；高於 %9 kg 則以 LIFT_OVERLOAD（%10）失敗，並設定旗標 OVERLOAD</translation>
    </message>
    <message>
        <source>Lift motion: -%1 down, %2 still, %3 up</source>
        <translation>升降台動作：-%1 下降，%2 靜止，%3 上升</translation>
    </message>
    <message>
        <source>Lift limit switches</source>
        <translation>升降台限位開關</translation>
    </message>
    <message>
        <source>Shuttle position along its track from the bay</source>
        <translation>穿梭車沿軌道與泊位的距離</translation>
    </message>
    <message>
        <source>Where the shuttle stands: %1 bay, n rack slot n, %2 between stops</source>
        <translation>穿梭車所在位置：%1 = 泊位，n = 電池架槽位 n，%2 = 停止點之間</translation>
    </message>
    <message>
        <source>%1 when the shuttle carries a pack</source>
        <translation>穿梭車載有電池組時為 %1</translation>
    </message>
    <message>
        <source>Shuttle motion: -%1 toward bay, %2 still, %3 toward rack</source>
        <translation>穿梭車動作：-%1 向泊位，%2 靜止，%3 向電池架</translation>
    </message>
    <message>
        <source>%1 when aligned with the stop it stands at</source>
        <translation>對準所在停止點時為 %1</translation>
    </message>
    <message>
        <source>Lock head %1 state</source>
        <translation>鎖頭 %1 狀態</translation>
    </message>
    <message>
        <source>Lock head %1 last torque</source>
        <translation>鎖頭 %1 最近一次扭力</translation>
    </message>
    <message>
        <source>%1 while the E-stop circuit is latched</source>
        <translation>急停迴路鎖定期間為 %1</translation>
    </message>
    <message>
        <source>%1 while the bay light curtain is interrupted</source>
        <translation>泊位光幕被遮斷期間為 %1</translation>
    </message>
    <message>
        <source>Open doors. While a door is open fault DOOR_OPEN (%1) is active: START_SWAP is REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS clears a swap&apos;s latched DOOR_OPEN</source>
        <translation>打開的門。有門打開時，故障 DOOR_OPEN（%1）生效：START_SWAP 會被 REJECTED FAULT_ACTIVE，處於動作步驟（UNLOCK 至 LOCK）的換電會停止並以 DOOR_OPEN 失敗，點動會以 DOOR_OPEN 被拒。門關上後，RESET_FAULTS 會清除換電鎖存的 DOOR_OPEN</translation>
    </message>
    <message>
        <source>%1 while a confirmation (RESET_FAULTS) is needed before motion</source>
        <translation>動作前須確認（RESET_FAULTS）期間為 %1</translation>
    </message>
    <message>
        <source>Axis (or move) to run</source>
        <translation>要運行的軸（或移動）</translation>
    </message>
    <message>
        <source>-%1, %2 (stop) or %3; what it means per axis below</source>
        <translation>-%1、%2（停止）或 %3；各軸的含義見下方</translation>
    </message>
    <message>
        <source>The lease counter: a new value at least every %1 s while the button is held</source>
        <translation>續期計數器（lease）：按住按鈕期間，至少每 %1 秒寫入新值</translation>
    </message>
    <message>
        <source>Program run id: a value the controller picks at each power-up, %1-%2, never the value of the run before. A change tells the console the controller restarted (a retentive power-up counter serves).</source>
        <translation>程式運行 ID：控制器每次上電時選取的值，%1-%2，絕不與上次運行的值相同。數值改變即告知控制台：控制器已重啟（可用斷電保持的上電計數器）。</translation>
    </message>
    <message>
        <source>Controller clock: time since this power-up, counted by the controller (a simulator counts its simulated time); %1 at power-up, wraps to %2 after %3 (%4 years)</source>
        <translation>控制器時鐘：本次上電以來的時間，由控制器計算（模擬器計算其模擬時間）；上電時為 %1，在 %3 之後回繞至 %2（%4 年）</translation>
    </message>
    <message>
        <source>Target of the move: slot %1-n (%2 the bay) for SHUTTLE_TO_SLOT, lock head %3-%4 for LOCK_HEAD; ignored by the other axes</source>
        <translation>移動目標：SHUTTLE_TO_SLOT 時為穿梭車目標槽位 %1-n（%2 = 泊位），LOCK_HEAD 時為鎖頭 %3-%4；其他軸忽略此值</translation>
    </message>
    <message>
        <source>Why the requested move does not run now (NONE: it runs)</source>
        <translation>所要求的移動現時不運行的原因（NONE：會運行）</translation>
    </message>
    <message>
        <source>How long the current hold has moved its axis</source>
        <translation>本次按住已令該軸移動的時間</translation>
    </message>
    <message>
        <source>Full lift cycles: up above %1 mm, then back to the lower limit</source>
        <translation>升降台完整循環：升至 %1 mm 以上，再返回下限位</translation>
    </message>
    <message>
        <source>Lock and unlock operations of all lock heads: one per head for each lock or unlock it completed</source>
        <translation>所有鎖頭的上鎖及解鎖次數：每個鎖頭每完成一次上鎖或解鎖計一次</translation>
    </message>
    <message>
        <source>Distance the shuttle has travelled, whole metres</source>
        <translation>穿梭車已行走的距離，以整米計</translation>
    </message>
    <message>
        <source>%1 when a pack sits in the slot</source>
        <translation>槽位有電池組時為 %1</translation>
    </message>
    <message>
        <source>Pack code (GB/T %1, %2 characters)</source>
        <translation>電池組編碼（GB/T %1，%2 個字元）</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>電池組類型</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>電量（SoC）</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>健康度（SoH）</translation>
    </message>
    <message>
        <source>Pack voltage</source>
        <translation>電池組電壓</translation>
    </message>
    <message>
        <source>Pack current, positive when charging</source>
        <translation>電池組電流，充電時為正</translation>
    </message>
    <message>
        <source>Lowest cell voltage</source>
        <translation>最低電芯電壓</translation>
    </message>
    <message>
        <source>Cell with the lowest voltage (%1-based)</source>
        <translation>電壓最低的電芯（由 %1 起計）</translation>
    </message>
    <message>
        <source>Highest cell voltage</source>
        <translation>最高電芯電壓</translation>
    </message>
    <message>
        <source>Cell with the highest voltage (%1-based)</source>
        <translation>電壓最高的電芯（由 %1 起計）</translation>
    </message>
    <message>
        <source>Lowest pack temperature</source>
        <translation>電池組最低溫度</translation>
    </message>
    <message>
        <source>Highest pack temperature</source>
        <translation>電池組最高溫度</translation>
    </message>
    <message>
        <source>Insulation resistance (%1 = above range)</source>
        <translation>絕緣電阻（%1 = 超出量程）</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>等效完整循環</translation>
    </message>
    <message>
        <source>Slot charger state</source>
        <translation>槽位充電器狀態</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>充電器功率</translation>
    </message>
    <message>
        <source>Highest GB/T %1 alarm level (%2-%3)</source>
        <translation>最高 GB/T %1 警報等級（%2-%3）</translation>
    </message>
    <message>
        <source>GB/T %1 alarm flags</source>
        <translation>GB/T %1 警報旗標</translation>
    </message>
    <message>
        <source>Rated energy</source>
        <translation>額定能量</translation>
    </message>
    <message>
        <source>Slot state</source>
        <translation>槽位狀態</translation>
    </message>
    <message>
        <source>Estimated time to full charge (%1 unknown)</source>
        <translation>預計充滿所需時間（%1 = 不明）</translation>
    </message>
    <message>
        <source>Charger charge meter: charge the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 Ah); %6 when the charger has no meter</source>
        <translation>充電器電荷錶：上電以來槽位充電器充入電池組的電荷量，槽位空置時亦可讀取；在 %2 之後回繞至 %1（%3 %4 %5 Ah）；充電器沒有電錶時為 %6</translation>
    </message>
    <message>
        <source>Charger energy meter: energy the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 kWh); %6 when the charger has no meter</source>
        <translation>充電器電能錶：上電以來槽位充電器充入電池組的電能，槽位空置時亦可讀取；在 %2 之後回繞至 %1（%3 %4 %5 kWh）；充電器沒有電錶時為 %6</translation>
    </message>
    <message>
        <source>Slot whose cells to show</source>
        <translation>要顯示電芯的槽位</translation>
    </message>
    <message>
        <source>Slot whose cells are shown now (%1 none)</source>
        <translation>現正顯示電芯的槽位（%1 = 無）</translation>
    </message>
    <message>
        <source>Cell voltages available</source>
        <translation>可用的電芯電壓數目</translation>
    </message>
    <message>
        <source>Temperatures available</source>
        <translation>可用的溫度數目</translation>
    </message>
    <message>
        <source>Cell %1 voltage</source>
        <translation>電芯 %1 電壓</translation>
    </message>
    <message>
        <source>Temperature sensor %1</source>
        <translation>溫度傳感器 %1</translation>
    </message>
    <message>
        <source>Reset faults</source>
        <translation>重設故障</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Retry positioning</source>
        <translation>重試定位</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>停用充電器</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>啟用充電器</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>軸回原點</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>維修模式</translation>
    </message>
    <message>
        <source>Automatic mode</source>
        <translation>自動模式</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>鎖頭解鎖</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>鎖頭上鎖</translation>
    </message>
    <message>
        <source>nothing to abort: no swap is running</source>
        <translation>無需中止：沒有進行中的換電</translation>
    </message>
    <message>
        <source>confirm first that the bay is clear and nobody is inside the light curtain</source>
        <translation>請先確認泊位已淨空，光幕內無人</translation>
    </message>
    <message>
        <source>%1: sent to the controller</source>
        <translation>%1：已發送至控制器</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>%1: the controller refused: %2. %3</source>
        <translation>%1：控制器拒絕：%2。%3</translation>
    </message>
    <message>
        <source>%1: the controller could not finish it: %2</source>
        <translation>%1：控制器未能完成：%2</translation>
    </message>
    <message>
        <source>%1: no answer from the controller; watch the station&apos;s state</source>
        <translation>%1：控制器沒有回應；請留意換電站狀態</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1：未發送：%2</translation>
    </message>
    <message>
        <source>no vehicle in the bay to start again for</source>
        <translation>泊位沒有可重新開始的車輛</translation>
    </message>
    <message>
        <source>the bay camera reads no plate: identify the vehicle with the plate entry or the list</source>
        <translation>泊位攝影機讀不到車牌：請用車牌輸入或清單識別車輛</translation>
    </message>
    <message>
        <source>Start again: reading the rack, then the plan</source>
        <translation>重新開始：正在讀取電池架，然後計劃</translation>
    </message>
    <message>
        <source>%1: press and hold the button; it moves only while held</source>
        <translation>%1：按住按鈕；只在按住時移動</translation>
    </message>
    <message>
        <source>%1: moving while held</source>
        <translation>%1：按住移動中</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <source>Recovery</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain?</source>
        <translation>泊位已淨空，而且光幕內無人？</translation>
    </message>
    <message>
        <source>Yes, the bay is clear</source>
        <translation>是，泊位已淨空</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在：%1</translation>
    </message>
    <message>
        <source>Safe: %1</source>
        <translation>安全：%1</translation>
    </message>
    <message>
        <source>%1 (head %2)</source>
        <translation>%1（鎖頭 %2）</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1（槽位 %2）</translation>
    </message>
    <message>
        <source>%1: is the bay clear, and nobody inside the light curtain?</source>
        <translation>%1：泊位已淨空，而且光幕內無人？</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <source>not in this controller&apos;s protocol</source>
        <translation>不在此控制器的協定內</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>寄存器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>區塊</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>存取</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Bits set</source>
        <translation>已設位元</translation>
    </message>
</context>
<context>
    <name>RegisterMonitor</name>
    <message>
        <source>Identity</source>
        <translation>識別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回應</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>泊位</translation>
    </message>
    <message>
        <source>Lift, shuttle</source>
        <translation>升降台、穿梭車</translation>
    </message>
    <message>
        <source>Lock heads</source>
        <translation>鎖頭</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>點動</translation>
    </message>
    <message>
        <source>Jog state</source>
        <translation>點動狀態</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Rack slots</source>
        <translation>電池架槽位</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>電芯</translation>
    </message>
    <message>
        <source>%1 is not a register of this station&apos;s map.</source>
        <translation>%1 不是本站寄存器映射中的寄存器。</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 為唯讀。</translation>
    </message>
    <message>
        <source>%1 is written only by the console&apos;s own handshake (a command whole, a jog while its hold-to-run button is held), never from here.</source>
        <translation>%1 只由控制台本身的握手程序寫入（完整指令，或按住點動按鈕時的點動），不可從此處寫入。</translation>
    </message>
    <message>
        <source>%1 holds text: it is not written from here.</source>
        <translation>%1 存放文字：不可從此處寫入。</translation>
    </message>
    <message>
        <source>Not sent: %2 is not a number.</source>
        <translation>未發送：%2 不是數字。</translation>
    </message>
    <message>
        <source>Not sent: %1 counts in steps of %3; %2 is between two steps.</source>
        <translation>未發送：%1 以 %3 為一級；%2 介於兩級之間。</translation>
    </message>
    <message>
        <source>Not sent: %2 is below the documented minimum of %1, %3.</source>
        <translation>未發送：%2 低於 %1 的文件記載最小值 %3。</translation>
    </message>
    <message>
        <source>Not sent: %2 is above the documented maximum of %1, %3.</source>
        <translation>未發送：%2 高於 %1 的文件記載最大值 %3。</translation>
    </message>
    <message>
        <source>Not sent: %2 is not one of the values of %1 (%3).</source>
        <translation>未發送：%2 不是 %1 的可用數值之一（%3）。</translation>
    </message>
    <message>
        <source>Not sent: %2 does not fit %1&apos;s register (%3).</source>
        <translation>未發送：%2 超出 %1 寄存器的容量（%3）。</translation>
    </message>
    <message>
        <source>Not sent: the controller is not in maintenance mode.</source>
        <translation>未發送：控制器不在維修模式。</translation>
    </message>
    <message>
        <source>Not sent: the link to the controller is down.</source>
        <translation>未發送：與控制器的連線已中斷。</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>非法功能</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>非法數據位址</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>非法數據值</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>設備故障</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>設備忙碌</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>沒有回應</translation>
    </message>
    <message>
        <source>answer cut short</source>
        <translation>回應不完整</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>CRC 錯誤</translation>
    </message>
    <message>
        <source>answer from another unit</source>
        <translation>回應來自另一單元</translation>
    </message>
    <message>
        <source>answer does not fit the request</source>
        <translation>回應與請求不符</translation>
    </message>
    <message>
        <source>serial line gone</source>
        <translation>串口線路中斷</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>RegisterMonitorPage</name>
    <message>
        <source>Register monitor</source>
        <translation>寄存器監控</translation>
    </message>
    <message>
        <source>Register name or address</source>
        <translation>寄存器名稱或位址</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>寄存器</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>數據幀記錄</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>所有區塊</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>寫入…</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>關閉鍵盤</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>確定寫入</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清除記錄</translation>
    </message>
    <message>
        <source>%1 of %2 registers</source>
        <translation>%1 / %2 個寄存器</translation>
    </message>
    <message>
        <source>link %1: the values are the last ones read</source>
        <translation>連線%1：數值為最後讀取的數值</translation>
    </message>
    <message>
        <source>Tap a register to see it in full.</source>
        <translation>按選寄存器查看完整資料。</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>單位 %1</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>比例 %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>範圍 %1</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>原始值 %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>於 %1 讀取</translation>
    </message>
    <message>
        <source>bit %1 %2: %3</source>
        <translation>位元 %1 %2：%3</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已設</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>已清</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>數值：%1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>已登入為 %1</translation>
    </message>
    <message>
        <source>the station is in %1 mode</source>
        <translation>換電站處於%1模式</translation>
    </message>
    <message>
        <source>the station&apos;s mode is not known</source>
        <translation>換電站模式不明</translation>
    </message>
    <message>
        <source>Writing needs a supervisor in maintenance mode: %1.</source>
        <translation>寫入需要主管在維修模式下操作：%1。</translation>
    </message>
    <message>
        <source>Tap a register marked RW to write it.</source>
        <translation>按選標示 RW 的寄存器以寫入。</translation>
    </message>
    <message>
        <source>%1 can be written: tap Write… to enter its new value.</source>
        <translation>%1 可寫入：按「寫入…」輸入新數值。</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>%1 的新數值</translation>
    </message>
    <message>
        <source>Type the new value, then Check.</source>
        <translation>輸入新數值，然後按「檢查」。</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1（原始值 %2）</translation>
    </message>
    <message>
        <source>not read yet (it is read just before writing)</source>
        <translation>尚未讀取（會在寫入前讀取）</translation>
    </message>
    <message>
        <source>Write %1 at address %2?
Old value: %3
New value: %4 (raw %5)</source>
        <translation>寫入 %1（位址 %2）？
舊數值：%3
新數值：%4（原始值 %5）</translation>
    </message>
    <message>
        <source>Check the old and the new value, then Write it.</source>
        <translation>核對舊數值及新數值，然後按「確定寫入」。</translation>
    </message>
    <message>
        <source>Writing %1 = %2…</source>
        <translation>正在寫入 %1 = %2…</translation>
    </message>
    <message>
        <source>(Not recorded: the journal is not available.)</source>
        <translation>（未記錄：日誌不可用。）</translation>
    </message>
    <message>
        <source>%1 written; reading it back failed.</source>
        <translation>已寫入 %1；回讀失敗。</translation>
    </message>
    <message>
        <source>%1 written, but the controller now reads %2.</source>
        <translation>已寫入 %1，但控制器現時讀數為 %2。</translation>
    </message>
    <message>
        <source>%1 written: it reads %2 now.</source>
        <translation>已寫入 %1：現時讀數為 %2。</translation>
    </message>
    <message>
        <source>The controller refused the write with exception %1: nothing was written.</source>
        <translation>控制器以異常 %1 拒絕寫入：沒有寫入任何數值。</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been written. Check its value before writing again.</source>
        <translation>寫入 %1 沒有回應：可能已寫入，也可能未寫入。再次寫入前請檢查其數值。</translation>
    </message>
    <message>
        <source>The answer to the write of %1 was damaged or the line went: it may or may not have been written. Check its value.</source>
        <translation>寫入 %1 的回應損壞或線路中斷：可能已寫入，也可能未寫入。請檢查其數值。</translation>
    </message>
    <message>
        <source>Frame log: ON (tap to stop)</source>
        <translation>數據幀記錄：開（按此停止）</translation>
    </message>
    <message>
        <source>Frame log: OFF (tap to start)</source>
        <translation>數據幀記錄：關（按此開始）</translation>
    </message>
    <message>
        <source>%1 frames shown; the last %2 are kept.</source>
        <translation>顯示 %1 個數據幀；保留最近 %2 個。</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 kWh in</source>
        <translation>充入 %1 kWh</translation>
    </message>
    <message>
        <source>SoC %1 → %2 %</source>
        <translation>SoC %1 → %2 %</translation>
    </message>
    <message>
        <source>peak %1 °C</source>
        <translation>峰值 %1 °C</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>正在充電</translation>
    </message>
    <message>
        <source>good: measured %1 Ah (%2)</source>
        <translation>合格：量度 %1 Ah（%2）</translation>
    </message>
    <message>
        <source>charger meter</source>
        <translation>充電器電錶</translation>
    </message>
    <message>
        <source>current integrated</source>
        <translation>電流積分</translation>
    </message>
    <message>
        <source>no reason kept</source>
        <translation>未保存原因</translation>
    </message>
    <message>
        <source>not used for capacity: %1</source>
        <translation>不計入容量：%1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>結束：%1</translation>
    </message>
    <message>
        <source>%1 Ah in</source>
        <translation>充入 %1 Ah</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>換電站名稱</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>換電站 ID</translation>
    </message>
    <message>
        <source>Controller link URL</source>
        <translation>控制器連線 URL</translation>
    </message>
    <message>
        <source>Poll every, ms</source>
        <translation>輪詢間隔，ms</translation>
    </message>
    <message>
        <source>A pack is ready at SoC, %</source>
        <translation>電池組就緒 SoC，%</translation>
    </message>
    <message>
        <source>Lowest SoH a swap takes, %</source>
        <translation>換電可接受最低 SoH，%</translation>
    </message>
    <message>
        <source>Hottest pack a swap takes, °C</source>
        <translation>換電可接受電池組最高溫度，°C</translation>
    </message>
    <message>
        <source>Lowest insulation a swap takes, kΩ</source>
        <translation>換電可接受最低絕緣，kΩ</translation>
    </message>
    <message>
        <source>Operators sign in by name</source>
        <translation>操作員須以姓名登入</translation>
    </message>
    <message>
        <source>Signed out after idle, min</source>
        <translation>閒置自動登出（分鐘）</translation>
    </message>
    <message>
        <source>Lift service every, cycles</source>
        <translation>升降台保養間隔，循環</translation>
    </message>
    <message>
        <source>Lock service every, cycles</source>
        <translation>上鎖保養間隔，循環</translation>
    </message>
    <message>
        <source>Shuttle service every, km</source>
        <translation>穿梭車保養間隔，km</translation>
    </message>
    <message>
        <source>Longest shelving, min</source>
        <translation>最長擱置時間（分鐘）</translation>
    </message>
    <message>
        <source>Fleet broker</source>
        <translation>車隊 Broker</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>啟動語言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切換</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Settings can be changed by a signed-in supervisor.</source>
        <translation>已登入的主管才可更改設定。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日間</translation>
    </message>
    <message>
        <source>night</source>
        <translation>夜間</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>按你的名字，然後輸入 PIN（或出示員工卡）</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>%1 的 PIN</translation>
    </message>
    <message>
        <source>Sign-in is open again: tap your name, enter the PIN.</source>
        <translation>已可再次登入：按你的名字，輸入 PIN。</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>請先按你的名字。</translation>
    </message>
    <message>
        <source>A PIN has at most 8 digits.</source>
        <translation>PIN 最多 8 位數字。</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>time to ready unknown</source>
        <translation>就緒時間不明</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>約 %1 分鐘後就緒</translation>
    </message>
    <message>
        <source>for the running swap</source>
        <translation>供進行中的換電</translation>
    </message>
    <message>
        <source>held by the controller, no swap running</source>
        <translation>控制器保留，沒有進行中的換電</translation>
    </message>
    <message>
        <source>kept out of swaps</source>
        <translation>不用於換電</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>充電器故障</translation>
    </message>
    <message>
        <source>slot fault</source>
        <translation>槽位故障</translation>
    </message>
    <message>
        <source>charger switched off</source>
        <translation>充電器已關閉</translation>
    </message>
    <message>
        <source>BMS alarm level %1</source>
        <translation>BMS 警報等級 %1</translation>
    </message>
    <message>
        <source>insulation low</source>
        <translation>絕緣過低</translation>
    </message>
    <message>
        <source>readings invalid</source>
        <translation>讀數無效</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>過熱</translation>
    </message>
    <message>
        <source>too cold</source>
        <translation>過冷</translation>
    </message>
    <message>
        <source>poor health (SoH)</source>
        <translation>健康度差（SoH）</translation>
    </message>
    <message>
        <source>SoC low, not charging</source>
        <translation>SoC 過低，未在充電</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>SoC invalid</source>
        <translation>SoC 無效</translation>
    </message>
    <message>
        <source>STALE, %1</source>
        <translation>過時，%1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Motion held</source>
        <translation>動作已暫停</translation>
    </message>
    <message>
        <source>EMERGENCY STOP</source>
        <translation>緊急停止</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>啟動中</translation>
    </message>
    <message>
        <source>Idle: bay empty</source>
        <translation>閒置：泊位空置</translation>
    </message>
    <message>
        <source>Vehicle positioning</source>
        <translation>車輛定位中</translation>
    </message>
    <message>
        <source>Ready to swap</source>
        <translation>可以換電</translation>
    </message>
    <message>
        <source>Swapping</source>
        <translation>換電中</translation>
    </message>
    <message>
        <source>Swap complete: vehicle leaving</source>
        <translation>換電完成：車輛駛離</translation>
    </message>
    <message>
        <source>Motion held: resume when the bay is clear</source>
        <translation>動作已暫停：泊位淨空後繼續</translation>
    </message>
    <message>
        <source>No step running</source>
        <translation>沒有進行中的步驟</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>拆出電池組</translation>
    </message>
    <message>
        <source>Transfer to rack</source>
        <translation>送往電池架</translation>
    </message>
    <message>
        <source>Fetch charged pack</source>
        <translation>取出已充電電池組</translation>
    </message>
    <message>
        <source>Install pack</source>
        <translation>裝入電池組</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>上鎖</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Release vehicle</source>
        <translation>放行車輛</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Not charging</source>
        <translation>未充電</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已充滿</translation>
    </message>
    <message>
        <source>In swap</source>
        <translation>換電中</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>充電器故障</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>連接中</translation>
    </message>
    <message>
        <source>Charging (constant current)</source>
        <translation>充電中（恆流）</translation>
    </message>
    <message>
        <source>Charging (constant voltage)</source>
        <translation>充電中（恆壓）</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
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
        <translation>沒有車輛</translation>
    </message>
    <message>
        <source>Driving in</source>
        <translation>駛入中</translation>
    </message>
    <message>
        <source>In position</source>
        <translation>已到位</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>超出公差</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>定位失敗</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在線</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>不穩</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>中斷</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>代碼 %1</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>E-STOP</source>
        <translation>急停</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暫無數據</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>LAST KNOWN, %1</source>
        <translation>最後已知，%1</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>無故障</translation>
    </message>
    <message>
        <source>E-STOP LATCHED</source>
        <translation>急停已鎖定</translation>
    </message>
    <message>
        <source>E-STOP: key turned, confirm the reset</source>
        <translation>急停：鑰匙已轉動，請確認重設</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技術員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Link: connecting</source>
        <translation>連線：連接中</translation>
    </message>
    <message>
        <source>Journal: starting</source>
        <translation>日誌：啟動中</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未設定</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>換電站詳情</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>關閉控制台</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · sign in</source>
        <translation>%1 · 登入</translation>
    </message>
    <message>
        <source>%1 · sign out</source>
        <translation>%1 · 登出</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>夜間主題</translation>
    </message>
    <message>
        <source>Day theme</source>
        <translation>日間主題</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>連線：%1</translation>
    </message>
    <message>
        <source>Journal: recording</source>
        <translation>日誌：記錄中</translation>
    </message>
    <message>
        <source>Journal: DISK FULL, writing into its reserve</source>
        <translation>日誌：磁碟已滿，正寫入預留空間</translation>
    </message>
    <message>
        <source>Journal: NOT RECORDING</source>
        <translation>日誌：未在記錄</translation>
    </message>
    <message numerus="yes">
        <source>Journal: DISK FULL, %n record(s) not yet written</source>
        <translation>
            <numerusform>日誌：磁碟已滿，%n 筆記錄尚未寫入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the spill file)</source>
        <translation>
            <numerusform>（%n 筆在溢出檔案中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Plate, or scan the vehicle&apos;s code</source>
        <translation>車牌，或掃描車輛編碼</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>識別</translation>
    </message>
    <message>
        <source>Keyboard / list</source>
        <translation>鍵盤 / 清單</translation>
    </message>
    <message>
        <source>Bay: no data yet.</source>
        <translation>泊位：暫無數據。</translation>
    </message>
    <message>
        <source>No vehicle identified</source>
        <translation>未識別車輛</translation>
    </message>
    <message>
        <source>Receipt and QR code</source>
        <translation>收據及 QR 碼</translation>
    </message>
    <message>
        <source>Start swap</source>
        <translation>開始換電</translation>
    </message>
    <message>
        <source>Confirm start</source>
        <translation>確定開始</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Tap Confirm start within 15 s to start the swap.</source>
        <translation>請在 15 秒內按「確定開始」以開始換電。</translation>
    </message>
    <message>
        <source>Tap Start swap first.</source>
        <translation>請先按「開始換電」。</translation>
    </message>
    <message>
        <source>The confirmation lapsed: tap Start swap again.</source>
        <translation>確認已逾時：請再按「開始換電」。</translation>
    </message>
    <message>
        <source>This station asks operators to sign in by name: tap Sign in (bottom right), then start again.</source>
        <translation>本站要求操作員以姓名登入：按「登入」（右下角），然後重新開始。</translation>
    </message>
    <message>
        <source>Steps as last known (%1): the link is down.</source>
        <translation>最後已知的步驟（%1）：連線已中斷。</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>泊位空置。</translation>
    </message>
    <message>
        <source>In the bay: %1.</source>
        <translation>泊位內：%1。</translation>
    </message>
    <message>
        <source>In the bay: a vehicle, plate not read.</source>
        <translation>泊位內：一輛車，未讀取車牌。</translation>
    </message>
    <message>
        <source>Receipt of %1 (QR code)</source>
        <translation>%1 的收據（QR 碼）</translation>
    </message>
    <message>
        <source>The confirmation lapsed: the plan changed or time ran out.</source>
        <translation>確認已逾時：計劃已改變或時間已過。</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>約剩 %1 分鐘 %2 秒</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 block(s) of %5</source>
        <translation>%1，%2，%3：%4 個倉位（%5）</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 今天 %2 已換電：再次換電前請先核實</translation>
    </message>
    <message>
        <source>No vehicle identified. %1</source>
        <translation>未識別車輛。%1</translation>
    </message>
    <message>
        <source>Swap completed.</source>
        <translation>換電完成。</translation>
    </message>
    <message>
        <source>The swap stopped: %1. Follow the recovery steps below.</source>
        <translation>換電已停止：%1。請按下方的復原步驟處理。</translation>
    </message>
    <message>
        <source>No answer to the start yet: watching the station to learn whether the swap started. ABORT stops it if it did.</source>
        <translation>開始指令尚未有回應：正在監察換電站，以確定換電是否已開始。如已開始，可按「中止」停止。</translation>
    </message>
    <message>
        <source>Recording the start…</source>
        <translation>正在記錄開始…</translation>
    </message>
    <message>
        <source>Start sent: waiting for the controller.</source>
        <translation>已發送開始指令：等候控制器。</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>在此開始</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>由泊位現場按鈕開始</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>由另一終端機開始</translation>
    </message>
    <message>
        <source>Swap running, %1. ABORT stops it safely at any time.</source>
        <translation>換電進行中，%1。可隨時按「中止」安全停止。</translation>
    </message>
    <message>
        <source>%1: the swap (%2) does not move. ABORT ends it safely.</source>
        <translation>%1：換電（%2）沒有進展。按「中止」可安全結束。</translation>
    </message>
    <message>
        <source>Abort requested: the controller brings the step to a safe stop.</source>
        <translation>已要求中止：控制器會將當前步驟安全停止。</translation>
    </message>
    <message>
        <source>The abort was NOT confirmed by the controller (the link is down, no answer, or refused). Tap ABORT again, or use the E-stop if the machine must stop now.</source>
        <translation>控制器並未確認中止（連線中斷、沒有回應或被拒絕）。再按「中止」；如機器必須立即停止，請按急停。</translation>
    </message>
    <message>
        <source>The controller did not start the swap: %1. What to do: %2.</source>
        <translation>控制器沒有開始換電：%1。處理方法：%2。</translation>
    </message>
    <message>
        <source>slot %1 (…%2, %3 %, SoH %4 %)</source>
        <translation>槽位 %1（…%2，%3 %，SoH %4 %）</translation>
    </message>
    <message>
        <source>out: none from block 1 (it carries no pack)</source>
        <translation>拆出：倉位 1 沒有（無電池組）</translation>
    </message>
    <message>
        <source>out: to slot %1</source>
        <translation>拆出：到槽位 %1</translation>
    </message>
    <message>
        <source>out: block 1 to slot %1, the others to free slots the controller picks</source>
        <translation>拆出：倉位 1 到槽位 %1，其餘到控制器選定的空槽位</translation>
    </message>
    <message>
        <source>In: %1; %2</source>
        <translation>裝入：%1；%2</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1，倉位 %2</translation>
    </message>
    <message>
        <source>○ %1: about %2 s</source>
        <translation>○ %1：約 %2 秒</translation>
    </message>
    <message>
        <source>%1 %2: %3 s of %4 s</source>
        <translation>%1 %2：%3 秒 / %4 秒</translation>
    </message>
    <message>
        <source>SLOW: %1</source>
        <translation>緩慢：%1</translation>
    </message>
</context>
<context>
    <name>SwapStrip</name>
    <message>
        <source>ABORT</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1，倉位 %2</translation>
    </message>
    <message>
        <source>%1 (last known, %2)</source>
        <translation>%1（最後已知，%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>halted step: what holds it, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting the swap…</source>
        <translation>正在開始換電…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>剩餘</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 筆排隊中</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未設定</translation>
    </message>
    <message>
        <source>Sync: REFUSED, %1</source>
        <translation>同步：被拒絕，%1</translation>
    </message>
    <message>
        <source>Sync: stopped, %1</source>
        <translation>同步：已停止，%1</translation>
    </message>
    <message>
        <source>Sync: up to date, last %1</source>
        <translation>同步：已是最新，上次 %1</translation>
    </message>
    <message>
        <source>Sync: sending, %1</source>
        <translation>同步：發送中，%1</translation>
    </message>
    <message>
        <source>Sync: connecting, %1</source>
        <translation>同步：連接中，%1</translation>
    </message>
    <message>
        <source>Sync: offline, nothing waiting</source>
        <translation>同步：離線，沒有待送記錄</translation>
    </message>
    <message>
        <source>Sync: offline, %1, oldest %2</source>
        <translation>同步：離線，%1，最舊 %2</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>連接中</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在線</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 records, the oldest written %2 ago</source>
        <translation>%1 筆記錄，最舊一筆寫於 %2 前</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>not set up ([sync] broker in console.toml)</source>
        <translation>未設定（控制台設定檔 console.toml 的 [sync] broker）</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>換電站 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已發送</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Waiting size</source>
        <translation>等候數據量</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 筆記錄/s</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>滯留</translation>
    </message>
    <message>
        <source>%1 records the broker refused or cannot take</source>
        <translation>%1 筆記錄被 Broker 拒絕或無法接收</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>not set up: set [sync] broker in console.toml to send the journal to the fleet</source>
        <translation>未設定：在 console.toml 的 [sync] 設定 broker，日誌才會傳送至車隊</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Lock head jams</source>
        <translation>鎖頭卡住</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>升降台超載</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>穿梭車未對位</translation>
    </message>
    <message>
        <source>Vehicle cannot position</source>
        <translation>車輛無法定位</translation>
    </message>
    <message>
        <source>HV interlock open</source>
        <translation>高壓互鎖斷開</translation>
    </message>
    <message>
        <source>BMS handshake fails</source>
        <translation>BMS 握手失敗</translation>
    </message>
    <message>
        <source>Pack code differs from plan</source>
        <translation>電池組編碼與計劃不符</translation>
    </message>
    <message>
        <source>Vehicle keeps its HV on</source>
        <translation>車輛保持高壓接通</translation>
    </message>
    <message>
        <source>Parking brake not confirmed</source>
        <translation>手掣未確認</translation>
    </message>
    <message>
        <source>Bay door opened</source>
        <translation>泊位門被打開</translation>
    </message>
    <message>
        <source>Load cell reads a wrong mass</source>
        <translation>稱重傳感器讀數錯誤</translation>
    </message>
    <message>
        <source>Lock head torque low</source>
        <translation>鎖頭扭力不足</translation>
    </message>
    <message>
        <source>Charger fault in the chosen slot</source>
        <translation>所選槽位充電器故障</translation>
    </message>
    <message>
        <source>Pack alarm in the chosen slot</source>
        <translation>所選槽位電池組警報</translation>
    </message>
    <message>
        <source>Insulation low in the chosen slot</source>
        <translation>所選槽位絕緣過低</translation>
    </message>
    <message>
        <source>BMS overstates health in the chosen slot</source>
        <translation>所選槽位 BMS 高報健康度</translation>
    </message>
    <message>
        <source>E-stop pressed</source>
        <translation>按下急停</translation>
    </message>
    <message>
        <source>Light curtain interrupted</source>
        <translation>光幕被遮斷</translation>
    </message>
    <message>
        <source>Controller stops answering</source>
        <translation>控制器停止回應</translation>
    </message>
    <message>
        <source>Serial cable pulled</source>
        <translation>串口線被拔出</translation>
    </message>
    <message>
        <source>Damaged answers</source>
        <translation>回應損壞</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>回應緩慢</translation>
    </message>
    <message>
        <source>Answers lost</source>
        <translation>回應遺失</translation>
    </message>
    <message>
        <source>Noise on the line</source>
        <translation>線路干擾</translation>
    </message>
    <message>
        <source>Controller heartbeat stops</source>
        <translation>控制器心跳停止</translation>
    </message>
    <message>
        <source>Controller restarts</source>
        <translation>控制器重啟</translation>
    </message>
    <message>
        <source>The vehicle left the bay.</source>
        <translation>車輛已駛離泊位。</translation>
    </message>
    <message>
        <source>Injected faults cleared.</source>
        <translation>已清除注入的故障。</translation>
    </message>
    <message>
        <source>E-stop circuit reset at the cabinet: confirm with a reset at the console.</source>
        <translation>已在控制櫃重設急停電路：請在控制台重設以確認。</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>泊位空置。</translation>
    </message>
    <message>
        <source>The bay&apos;s start button was pressed: the controller starts a swap.</source>
        <translation>泊位的開始按鈕被按下：控制器開始換電。</translation>
    </message>
    <message>
        <source>A swap is running: the vehicle is locked in the bay.</source>
        <translation>換電進行中：車輛鎖定在泊位。</translation>
    </message>
    <message>
        <source>A vehicle is already in the bay: tap Vehicle leaves first.</source>
        <translation>泊位已有車輛：請先按「車輛駛離」。</translation>
    </message>
    <message>
        <source>SIMULATION: training controls</source>
        <translation>模擬：培訓控制</translation>
    </message>
    <message>
        <source>These controls act on the simulated station only. A vehicle sent in drives into the bay as a real one would.</source>
        <translation>這些控制只作用於模擬換電站。送入的車輛會像真實車輛一樣駛入泊位。</translation>
    </message>
    <message>
        <source>Send a vehicle into the bay</source>
        <translation>送車輛駛入泊位</translation>
    </message>
    <message>
        <source>Random vehicle</source>
        <translation>隨機車輛</translation>
    </message>
    <message>
        <source>Vehicle that parks badly</source>
        <translation>停泊不準的車輛</translation>
    </message>
    <message>
        <source>Vehicle leaves</source>
        <translation>車輛駛離</translation>
    </message>
    <message>
        <source>Attendant presses the bay&apos;s start button</source>
        <translation>服務員按下泊位開始按鈕</translation>
    </message>
    <message>
        <source>Inject a fault (slot faults act on the chosen slot)</source>
        <translation>注入故障（槽位故障作用於所選槽位）</translation>
    </message>
    <message>
        <source>Clear injected faults</source>
        <translation>清除注入的故障</translation>
    </message>
    <message>
        <source>E-stop reset key at the cabinet</source>
        <translation>控制櫃的急停重設鑰匙</translation>
    </message>
    <message>
        <source>Tap a control: what the simulator did shows here.</source>
        <translation>按選控制項：模擬器的動作會在此顯示。</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1（槽位 %2）</translation>
    </message>
    <message>
        <source>%1 drives into the bay.</source>
        <translation>%1 駛入泊位。</translation>
    </message>
    <message>
        <source>Slot %1 holds no pack: choose another slot.</source>
        <translation>槽位 %1 沒有電池組：請選另一個槽位。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用戶</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>新增用戶</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Read a badge</source>
        <translation>讀取員工卡</translation>
    </message>
    <message>
        <source>Take the badge away</source>
        <translation>移除員工卡</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>%1 的新 PIN</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 已有新 PIN。</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 現為%2。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已啟用。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>Show %1&apos;s badge to the reader now.</source>
        <translation>現在把 %1 的員工卡放到讀卡器。</translation>
    </message>
    <message>
        <source>%1 has no badge now.</source>
        <translation>%1 現在沒有員工卡。</translation>
    </message>
    <message>
        <source>%1&apos;s badge is read.</source>
        <translation>已讀取 %1 的員工卡。</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The vehicle&apos;s plate:</source>
        <translation>車牌：</translation>
    </message>
    <message>
        <source>%1: its fleet (the keyboard, or one plugged in):</source>
        <translation>%1：所屬車隊（用螢幕鍵盤或外接鍵盤輸入）：</translation>
    </message>
    <message>
        <source>%1: its model (may stay empty), then OK:</source>
        <translation>%1：型號（可留空），然後按「確定」：</translation>
    </message>
    <message>
        <source>%1: its pack type:</source>
        <translation>%1：電池組類型：</translation>
    </message>
    <message>
        <source>%1: how many pack blocks it carries:</source>
        <translation>%1：裝有多少個電池組倉位：</translation>
    </message>
    <message>
        <source>%1: its fleet is needed: type it, then OK.</source>
        <translation>%1：須填寫所屬車隊：輸入後按「確定」。</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>車隊</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>電池組類型</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>倉位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已啟用</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Only a signed-in technician or supervisor changes the vehicle registry: sign in to add, edit, disable or import.</source>
        <translation>只有已登入的技術員或主管可更改車輛登記冊：請登入以新增、編輯、停用或匯入。</translation>
    </message>
    <message>
        <source>Find a plate</source>
        <translation>尋找車牌</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>新增車輛</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>從 CSV 匯入</translation>
    </message>
    <message>
        <source>Plates holding:</source>
        <translation>車牌包含：</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>Tap the CSV file: a USB stick, or the data directory. Its first line names the columns plate, fleet, model, pack_type, blocks (tags if any).</source>
        <translation>按選 CSV 檔案：在 USB 手指或數據目錄中。首行列出欄位 plate（車牌）、fleet（車隊）、model（型號）、pack_type（電池組類型）、blocks（倉位數），如有 tags（標籤）亦要列出。</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>匯入此檔案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>尋找：%1</translation>
    </message>
    <message>
        <source>Editing %1: the plate stays (a new plate is a new vehicle: add it).</source>
        <translation>正在編輯 %1：車牌不可更改（新車牌即新車輛：請新增）。</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在記錄…</translation>
    </message>
    <message>
        <source>Tap the file to import.</source>
        <translation>按選要匯入的檔案。</translation>
    </message>
    <message>
        <source>No CSV file found: plug in the USB stick with the vehicle list (or put the file in the data directory) and tap Import from CSV again.</source>
        <translation>找不到 CSV 檔案：插入載有車輛清單的 USB 手指（或把檔案放入數據目錄），然後再按「從 CSV 匯入」。</translation>
    </message>
    <message>
        <source>Import %1? Every line is checked first: one wrong line and nothing changes.</source>
        <translation>匯入 %1？系統會先檢查每一行：只要有一行錯誤，便不會作任何更改。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
</context>
<context>
    <name>_Keys</name>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
</context>
<context>
    <name>_Pad</name>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
</TS>
