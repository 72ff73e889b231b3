<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>No alarms</source>
        <translation>ไม่มีสัญญาณเตือน</translation>
    </message>
    <message>
        <source>Alarms ›</source>
        <translation>สัญญาณเตือน ›</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>tap here and acknowledge it</source>
        <translation>แตะที่นี่เพื่อรับทราบ</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1 สิ่งที่ต้องทำ: %2</translation>
    </message>
</context>
<context>
    <name>AlarmModel</name>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>สัญญาณเตือน</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>เกิดเมื่อ</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>เกิดแรกสุด</translation>
    </message>
    <message>
        <source>FIRST OUT</source>
        <translation>เกิดแรกสุด</translation>
    </message>
</context>
<context>
    <name>AlarmPage</name>
    <message>
        <source>Alarms</source>
        <translation>สัญญาณเตือน</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>ทุกระดับความสำคัญ</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>กำลังเกิด</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>ยังไม่รับทราบ</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>งดใช้งาน</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>ไม่มีสัญญาณเตือน</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>รับทราบทั้งหมด</translation>
    </message>
    <message>
        <source>Tap an alarm to see its cause and what to do.</source>
        <translation>แตะสัญญาณเตือนเพื่อดูสาเหตุและสิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>ดูแบตเตอรี่</translation>
    </message>
    <message>
        <source>History since the console started</source>
        <translation>ประวัติตั้งแต่เปิดคอนโซล</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>พักไว้…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>เลิกพัก</translation>
    </message>
    <message>
        <source>Why is it shelved? (the reason is journaled)</source>
        <translation>พักไว้ด้วยเหตุใด (เหตุผลจะลงในสมุดบันทึก)</translation>
    </message>
    <message>
        <source>Nuisance: a known instrument fault, repair ordered</source>
        <translation>เตือนรบกวน: เครื่องมือวัดเสียที่ทราบแล้ว สั่งซ่อมแล้ว</translation>
    </message>
    <message>
        <source>Maintenance work on this equipment</source>
        <translation>งานบำรุงรักษาอุปกรณ์นี้</translation>
    </message>
    <message>
        <source>Waiting for a spare part</source>
        <translation>รออะไหล่</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Shelve now</source>
        <translation>พักทันที</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No alarms in this view</source>
        <translation>ไม่มีสัญญาณเตือนในมุมมองนี้</translation>
    </message>
    <message>
        <source>No alarm selected.</source>
        <translation>ยังไม่ได้เลือกสัญญาณเตือน</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>FIRST OUT: this alarm came first; the others may follow from it.</source>
        <translation>เกิดแรกสุด: สัญญาณเตือนนี้เกิดก่อน สัญญาณเตือนอื่นอาจเป็นผลที่ตามมา</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>สาเหตุ: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>สิ่งที่ต้องทำ: %1</translation>
    </message>
    <message>
        <source>The cause is gone; the alarm stays until it is reset.</source>
        <translation>สาเหตุหมดไปแล้ว สัญญาณเตือนจะค้างอยู่จนกว่าจะรีเซ็ต</translation>
    </message>
    <message>
        <source>Shelved until %1: %2</source>
        <translation>พักไว้ถึง %1: %2</translation>
    </message>
    <message>
        <source>The controller still holds this fault: Reset asks you to confirm the bay is clear, then resets it at the controller.</source>
        <translation>ตัวควบคุมยังค้างข้อขัดข้องนี้อยู่: ปุ่ม “รีเซ็ต” จะให้ยืนยันว่าจุดจอดว่างก่อน แล้วจึงรีเซ็ตที่ตัวควบคุม</translation>
    </message>
    <message>
        <source>FIRST OUT: another alarm followed within %1 s</source>
        <translation>เกิดแรกสุด: มีสัญญาณเตือนอื่นตามมาภายใน %1 วินาที</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>รับทราบแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>รับทราบสัญญาณเตือนแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm was acknowledged.</source>
        <translation>ไม่ได้รับทราบสัญญาณเตือนใดๆ</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>ผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>ช่างเทคนิค</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>that needs the %1 role</source>
        <translation>ต้องใช้บทบาท %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged: %1.</source>
        <translation>
            <numerusform>ไม่ได้รับทราบ %n รายการ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain? Tap Reset again to reset at the controller.</source>
        <translation>จุดจอดว่างและไม่มีใครอยู่ในเขตม่านแสงใช่หรือไม่ แตะ “รีเซ็ต” อีกครั้งเพื่อรีเซ็ตที่ตัวควบคุม</translation>
    </message>
    <message>
        <source>Reset sent to the controller; the alarm clears when the controller clears the fault.</source>
        <translation>ส่งคำสั่งรีเซ็ตไปยังตัวควบคุมแล้ว สัญญาณเตือนจะหายเมื่อตัวควบคุมล้างข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>รีเซ็ตแล้ว</translation>
    </message>
    <message>
        <source>Choose a reason and how long, then Shelve now.</source>
        <translation>เลือกเหตุผลและระยะเวลา แล้วแตะ “พักทันที”</translation>
    </message>
    <message>
        <source>Choose why the alarm is shelved first.</source>
        <translation>เลือกเหตุผลที่พักสัญญาณเตือนก่อน</translation>
    </message>
    <message>
        <source>Shelved for %1 min.</source>
        <translation>พักไว้ %1 นาที</translation>
    </message>
    <message>
        <source>Unshelved.</source>
        <translation>เลิกพักแล้ว</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <source>HIGH</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>กลาง</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>ยังไม่รับทราบ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>รับทราบแล้ว</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>หายแล้ว ยังไม่รับทราบ</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>ระงับตามการออกแบบ</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>งดใช้งาน</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>ตัวควบคุม</translation>
    </message>
    <message>
        <source>station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>console</source>
        <translation>คอนโซล</translation>
    </message>
    <message>
        <source>link</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>สมุดบันทึก</translation>
    </message>
    <message>
        <source>bay</source>
        <translation>จุดจอด</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ช่อง %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>แบตเตอรี่ %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ที่ %2</translation>
    </message>
    <message>
        <source>E-stop</source>
        <translation>หยุดฉุกเฉิน</translation>
    </message>
    <message>
        <source>An emergency stop was pressed; all motion stopped.</source>
        <translation>มีการกดปุ่มหยุดฉุกเฉิน การเคลื่อนที่ทั้งหมดหยุดแล้ว</translation>
    </message>
    <message>
        <source>Make the bay safe, reset the E-stop at the cabinet, then reset here.</source>
        <translation>ทำให้จุดจอดปลอดภัย รีเซ็ตหยุดฉุกเฉินที่ตู้ควบคุม แล้วรีเซ็ตที่นี่</translation>
    </message>
    <message>
        <source>Lock jam</source>
        <translation>ล็อกติดขัด</translation>
    </message>
    <message>
        <source>A lock head jammed during (un)locking.</source>
        <translation>หัวล็อกติดขัดระหว่างการล็อกหรือปลดล็อก</translation>
    </message>
    <message>
        <source>Stop the swap; a technician checks the lock head in maintenance mode.</source>
        <translation>หยุดการสลับ ช่างเทคนิคตรวจหัวล็อกในโหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>แท่นยกรับน้ำหนักเกิน</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read above its limit.</source>
        <translation>โหลดเซลล์ของแท่นยกอ่านค่าเกินพิกัด</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician inspects the pack and the lift.</source>
        <translation>อยู่ห่างจากแท่นยก ช่างเทคนิคตรวจแบตเตอรี่และแท่นยก</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>ชัตเทิลไม่ตรงแนว</translation>
    </message>
    <message>
        <source>The shuttle stopped off its slot.</source>
        <translation>ชัตเทิลหยุดไม่ตรงช่อง</translation>
    </message>
    <message>
        <source>A technician realigns the shuttle in maintenance mode.</source>
        <translation>ช่างเทคนิคปรับแนวชัตเทิลในโหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>HV interlock</source>
        <translation>อินเตอร์ล็อก HV</translation>
    </message>
    <message>
        <source>The vehicle&apos;s HV interlock loop is open.</source>
        <translation>วงจรอินเตอร์ล็อก HV ของรถเปิดอยู่</translation>
    </message>
    <message>
        <source>Do not release the vehicle; check the pack connector and retry verification.</source>
        <translation>ห้ามปล่อยรถ ตรวจขั้วต่อแบตเตอรี่ แล้วลองตรวจยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <source>Insulation low</source>
        <translation>ค่าฉนวนต่ำ</translation>
    </message>
    <message>
        <source>A pack&apos;s insulation resistance is below 100 ohm/V.</source>
        <translation>ความต้านทานฉนวนของแบตเตอรี่ต่ำกว่า 100 ohm/V</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it. A technician acknowledges.</source>
        <translation>กักกันแบตเตอรี่ ห้ามชาร์จหรือติดตั้ง ช่างเทคนิคเป็นผู้รับทราบ</translation>
    </message>
    <message>
        <source>Pack identity mismatch</source>
        <translation>รหัสแบตเตอรี่ไม่ตรง</translation>
    </message>
    <message>
        <source>The installed pack is not the planned one.</source>
        <translation>แบตเตอรี่ที่ติดตั้งไม่ตรงกับแผน</translation>
    </message>
    <message>
        <source>Hold the vehicle; check the pack code against the plan.</source>
        <translation>ให้รถรออยู่ก่อน ตรวจรหัสแบตเตอรี่เทียบกับแผน</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>เครื่องชาร์จขัดข้อง</translation>
    </message>
    <message>
        <source>A slot&apos;s charger reported a fault.</source>
        <translation>เครื่องชาร์จของช่องแจ้งข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Reset the charger; if it repeats, disable the slot and call a technician.</source>
        <translation>รีเซ็ตเครื่องชาร์จ หากเกิดซ้ำ ให้ปิดใช้ช่องและเรียกช่างเทคนิค</translation>
    </message>
    <message>
        <source>BMS handshake</source>
        <translation>BMS ไม่ตอบ</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS did not answer the check.</source>
        <translation>BMS ของแบตเตอรี่ไม่ตอบการตรวจสอบ</translation>
    </message>
    <message>
        <source>Retry verification; if it fails again, swap the pack out.</source>
        <translation>ลองตรวจยืนยันอีกครั้ง หากไม่ผ่านอีก ให้สลับแบตเตอรี่ลูกนี้ออก</translation>
    </message>
    <message>
        <source>Light curtain</source>
        <translation>ม่านแสง</translation>
    </message>
    <message>
        <source>Someone crossed the bay light curtain.</source>
        <translation>มีคนผ่านม่านแสงของจุดจอด</translation>
    </message>
    <message>
        <source>Clear the bay, then reset.</source>
        <translation>เคลียร์จุดจอดให้ว่าง แล้วรีเซ็ต</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <source>The controller stopped seeing this console&apos;s heartbeat and held motion.</source>
        <translation>ตัวควบคุมไม่ได้รับสัญญาณ heartbeat ของคอนโซลนี้ จึงหยุดการเคลื่อนที่ค้างไว้</translation>
    </message>
    <message>
        <source>Check the link. Motion stays held until someone here checks the bay and taps Resume on the main page (or aborts the swap).</source>
        <translation>ตรวจการเชื่อมต่อ การเคลื่อนที่จะหยุดค้างไว้จนกว่าผู้อยู่ที่นี่จะตรวจจุดจอดแล้วแตะ “ทำต่อ” ที่หน้าหลัก (หรือยุติการสลับ)</translation>
    </message>
    <message>
        <source>Controller restart</source>
        <translation>ตัวควบคุมรีสตาร์ต</translation>
    </message>
    <message>
        <source>The controller restarted during a swap.</source>
        <translation>ตัวควบคุมรีสตาร์ตระหว่างการสลับ</translation>
    </message>
    <message>
        <source>Check the bay, then reset and follow the guided recovery.</source>
        <translation>ตรวจจุดจอด แล้วรีเซ็ตและทำตามขั้นตอนกู้คืนที่แนะนำ</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>ประตูเปิด</translation>
    </message>
    <message>
        <source>A station door is open: nothing moves and no swap starts while it is.</source>
        <translation>ประตูสถานีเปิดอยู่: ระหว่างนี้จะไม่มีสิ่งใดเคลื่อนที่และเริ่มการสลับไม่ได้</translation>
    </message>
    <message>
        <source>Close the door; a swap it stopped needs a reset once it is closed.</source>
        <translation>ปิดประตู การสลับที่หยุดเพราะประตูเปิดต้องรีเซ็ตหลังปิดประตูแล้ว</translation>
    </message>
    <message>
        <source>Vehicle HV on</source>
        <translation>รถยังเปิด HV</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its HV off, so the controller stopped the swap before any lock moved.</source>
        <translation>รถไม่ยืนยันว่าปิด HV แล้ว ตัวควบคุมจึงหยุดการสลับก่อนที่ล็อกใดจะขยับ</translation>
    </message>
    <message>
        <source>Ask the driver to switch the vehicle off and keep it off; then reset and start the swap again.</source>
        <translation>ให้คนขับปิดรถและไม่เปิดอีก แล้วรีเซ็ตและเริ่มการสลับใหม่</translation>
    </message>
    <message>
        <source>Parking brake off</source>
        <translation>ไม่ได้ใช้เบรกจอด</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its parking brake, so the controller stopped the swap before any lock moved.</source>
        <translation>รถไม่ยืนยันการใช้เบรกจอด ตัวควบคุมจึงหยุดการสลับก่อนที่ล็อกใดจะขยับ</translation>
    </message>
    <message>
        <source>Ask the driver to set the parking brake; then reset and start the swap again.</source>
        <translation>ให้คนขับใช้เบรกจอด แล้วรีเซ็ตและเริ่มการสลับใหม่</translation>
    </message>
    <message>
        <source>Load mismatch</source>
        <translation>น้ำหนักไม่ตรง</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read a mass that does not match the pack&apos;s type: a wrong or damaged pack, or a faulty load cell.</source>
        <translation>โหลดเซลล์ของแท่นยกอ่านน้ำหนักไม่ตรงกับชนิดแบตเตอรี่: แบตเตอรี่ผิดลูกหรือเสียหาย หรือโหลดเซลล์ขัดข้อง</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician checks the pack and the load cell, then resets.</source>
        <translation>อยู่ห่างจากแท่นยก ช่างเทคนิคตรวจแบตเตอรี่และโหลดเซลล์ แล้วรีเซ็ต</translation>
    </message>
    <message>
        <source>Lock torque low</source>
        <translation>แรงบิดล็อกต่ำ</translation>
    </message>
    <message>
        <source>A lock head ended below its locking torque (180-250 Nm): it may not hold the pack.</source>
        <translation>หัวล็อกขันได้แรงบิดต่ำกว่าค่าล็อก (180-250 Nm): อาจยึดแบตเตอรี่ไม่อยู่</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay; a technician unlocks and locks the head again in maintenance mode, then resets.</source>
        <translation>ให้รถอยู่ในจุดจอด ช่างเทคนิคปลดล็อกแล้วล็อกหัวใหม่ในโหมดบำรุงรักษา แล้วรีเซ็ต</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>จัดตำแหน่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The vehicle could not be positioned within tolerance after 3 tries.</source>
        <translation>จัดตำแหน่งรถให้อยู่ในค่าพิกัดไม่ได้หลังลอง 3 ครั้ง</translation>
    </message>
    <message>
        <source>Guide the driver back and retry positioning.</source>
        <translation>นำทางคนขับให้ถอยกลับ แล้วลองจัดตำแหน่งใหม่</translation>
    </message>
    <message>
        <source>Swap aborted</source>
        <translation>การสลับถูกยุติ</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence.</source>
        <translation>การสลับถูกยุติกลางขั้นตอน</translation>
    </message>
    <message>
        <source>Check the bay and reset to let the controller recover.</source>
        <translation>ตรวจจุดจอดแล้วรีเซ็ต เพื่อให้ตัวควบคุมกู้คืน</translation>
    </message>
    <message>
        <source>Swap aborted, vehicle in bay</source>
        <translation>การสลับถูกยุติ รถยังอยู่ในจุดจอด</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence with the vehicle still in the bay: it may be without a pack, or with its pack half out.</source>
        <translation>การสลับถูกยุติกลางขั้นตอนขณะรถยังอยู่ในจุดจอด: รถอาจไม่มีแบตเตอรี่ หรือแบตเตอรี่ถูกดึงออกมาครึ่งหนึ่ง</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, then reset and follow the guided recovery before the vehicle leaves.</source>
        <translation>ให้รถอยู่ในจุดจอดและให้คนขับอยู่นอกรถ ตรวจแบตเตอรี่และแท่นยก แล้วรีเซ็ตและทำตามขั้นตอนกู้คืนที่แนะนำก่อนรถออก</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>การเชื่อมต่อขาด</translation>
    </message>
    <message>
        <source>The console lost the link to the station controller.</source>
        <translation>คอนโซลขาดการเชื่อมต่อกับตัวควบคุมสถานี</translation>
    </message>
    <message>
        <source>Check the serial cable and the controller&apos;s power; the console reconnects by itself.</source>
        <translation>ตรวจสายซีเรียลและไฟเลี้ยงของตัวควบคุม คอนโซลจะเชื่อมต่อใหม่เอง</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>การเชื่อมต่อไม่เสถียร</translation>
    </message>
    <message>
        <source>The link to the controller needs retries (noise, a loose connector, a slow controller) but still works.</source>
        <translation>การเชื่อมต่อกับตัวควบคุมต้องส่งซ้ำ (สัญญาณรบกวน ขั้วต่อหลวม หรือตัวควบคุมตอบช้า) แต่ยังใช้งานได้</translation>
    </message>
    <message>
        <source>Check the RS-485 cabling, its termination and shield; run &apos;operator-app link check&apos; with --trace to see the frames.</source>
        <translation>ตรวจสายเชื่อมต่อ RS-485 ตัวต้านทานปลายสาย และชีลด์ สั่ง &apos;operator-app link check&apos; พร้อม --trace เพื่อดูเฟรม</translation>
    </message>
    <message>
        <source>Journal disk full</source>
        <translation>ดิสก์สมุดบันทึกเต็ม</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full; records go into the journal&apos;s reserve space, then wait in memory, and telemetry is thinned.</source>
        <translation>ดิสก์ของเทอร์มินัลเต็ม รายการจะเขียนลงพื้นที่สำรองของสมุดบันทึก จากนั้นจะรอในหน่วยความจำ และเก็บข้อมูลเทเลเมทรีห่างขึ้น</translation>
    </message>
    <message>
        <source>Free space on the terminal now (old exports, logs); waiting records are written when space returns.</source>
        <translation>ทำพื้นที่ว่างบนเทอร์มินัลทันที (ไฟล์ส่งออกเก่า ไฟล์ log) รายการที่รออยู่จะถูกเขียนเมื่อมีพื้นที่</translation>
    </message>
    <message>
        <source>Journal failed</source>
        <translation>สมุดบันทึกล้มเหลว</translation>
    </message>
    <message>
        <source>The station journal cannot be written.</source>
        <translation>เขียนสมุดบันทึกของสถานีไม่ได้</translation>
    </message>
    <message>
        <source>Call a technician: swaps are not being recorded.</source>
        <translation>เรียกช่างเทคนิค: การสลับไม่ได้ถูกบันทึก</translation>
    </message>
    <message>
        <source>Sync down</source>
        <translation>ซิงก์หยุดทำงาน</translation>
    </message>
    <message>
        <source>The oldest record not yet sent to the fleet is older than the station&apos;s limit (24 hours unless configured): the broker has been unreachable that long.</source>
        <translation>รายการเก่าที่สุดที่ยังไม่ได้ส่งไปยังกองรถเก่ากว่าขีดจำกัดของสถานี (24 ชั่วโมง หากไม่ได้ตั้งค่าไว้): ติดต่อโบรกเกอร์ไม่ได้นานขนาดนั้นแล้ว</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s network; records are kept and go when the broker is back. A station with no network hands them over on a USB stick (operator-app sync export).</source>
        <translation>ตรวจเครือข่ายของเทอร์มินัล รายการจะถูกเก็บไว้และส่งเมื่อโบรกเกอร์กลับมา สถานีที่ไม่มีเครือข่ายให้ส่งมอบผ่าน USB แฟลชไดรฟ์ (operator-app sync export)</translation>
    </message>
    <message>
        <source>Sync backlog full</source>
        <translation>คิวซิงก์เต็ม</translation>
    </message>
    <message>
        <source>The records waiting for the fleet take more disk than their budget. None is dropped.</source>
        <translation>รายการที่รอส่งไปยังกองรถใช้ดิสก์เกินโควตา ไม่มีรายการใดถูกทิ้ง</translation>
    </message>
    <message>
        <source>Bring the network back, or hand the records over on a USB stick (operator-app sync export); a technician may raise budget_mb under [sync].</source>
        <translation>ทำให้เครือข่ายกลับมาใช้ได้ หรือส่งมอบรายการผ่าน USB แฟลชไดรฟ์ (operator-app sync export) ช่างเทคนิคอาจเพิ่มค่า budget_mb ในการตั้งค่าซิงก์ [sync]</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>ซิงก์ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>The fleet&apos;s broker refuses this station (its credentials, its certificate, a topic its ACL denies, or a station id that changed): records wait.</source>
        <translation>โบรกเกอร์ของกองรถปฏิเสธสถานีนี้ (ข้อมูลรับรอง ใบรับรอง หัวข้อที่ ACL ไม่อนุญาต หรือรหัสสถานีที่เปลี่ยนไป): รายการรอส่งอยู่</translation>
    </message>
    <message>
        <source>Call a technician: the station details page says what was refused; the [sync] settings or the broker&apos;s ACL need fixing.</source>
        <translation>เรียกช่างเทคนิค: หน้า “รายละเอียดสถานี” บอกว่าอะไรถูกปฏิเสธ ต้องแก้การตั้งค่าซิงก์ [sync] หรือ ACL ของโบรกเกอร์</translation>
    </message>
    <message>
        <source>Quarantined pack in swap</source>
        <translation>แบตเตอรี่ที่ถูกกักกันอยู่ในการสลับ</translation>
    </message>
    <message>
        <source>A swap the console did not plan (the bay&apos;s button, another terminal) is taking a pack that is in quarantine.</source>
        <translation>การสลับที่คอนโซลไม่ได้วางแผน (ปุ่มที่จุดจอด หรือเทอร์มินัลอื่น) กำลังใช้แบตเตอรี่ที่ถูกกักกัน</translation>
    </message>
    <message>
        <source>Abort the swap while the vehicle is in the bay; if it has left, tell the technician which vehicle has the pack.</source>
        <translation>ยุติการสลับขณะรถยังอยู่ในจุดจอด หากรถออกไปแล้ว ให้แจ้งช่างเทคนิคว่ารถคันใดได้แบตเตอรี่ลูกนั้นไป</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>ถึงรอบบำรุงรักษา</translation>
    </message>
    <message>
        <source>A maintenance counter of the controller (lift cycles, lock cycles or shuttle travel) has reached its service interval ([maintenance] in the settings).</source>
        <translation>ตัวนับการบำรุงรักษาของตัวควบคุม (รอบแท่นยก รอบล็อก หรือระยะเดินชัตเทิล) ถึงรอบบำรุงรักษาแล้ว ([maintenance] ในการตั้งค่า)</translation>
    </message>
    <message>
        <source>Plan the service: the maintenance page&apos;s Counters section says which is due. Swaps go on meanwhile.</source>
        <translation>วางแผนบำรุงรักษา: ส่วน “ตัวนับ” ในหน้าบำรุงรักษาบอกว่ารายการใดถึงรอบ ระหว่างนี้ยังสลับได้ตามปกติ</translation>
    </message>
    <message>
        <source>BMS SoH disagrees</source>
        <translation>SoH ของ BMS ไม่ตรง</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of health more than 3 points away from the capacity this console measured in the pack&apos;s own charges.</source>
        <translation>BMS ของแบตเตอรี่รายงานสุขภาพ (SoH) ต่างจากความจุที่คอนโซลนี้วัดได้จากการชาร์จแบตเตอรี่ลูกนี้เกิน 3 จุด</translation>
    </message>
    <message>
        <source>Trust the measured capacity (the pack page shows both); a technician checks the BMS&apos;s calibration, or quarantines the pack.</source>
        <translation>ให้เชื่อค่าความจุที่วัดได้ (หน้าแบตเตอรี่แสดงทั้งสองค่า) ช่างเทคนิคตรวจการสอบเทียบของ BMS หรือกักกันแบตเตอรี่</translation>
    </message>
    <message>
        <source>Pack temperature difference</source>
        <translation>แบตเตอรี่: อุณหภูมิต่างกันมาก</translation>
    </message>
    <message>
        <source>Pack high temperature</source>
        <translation>แบตเตอรี่: อุณหภูมิสูง</translation>
    </message>
    <message>
        <source>Pack over voltage</source>
        <translation>แบตเตอรี่: แรงดันเกิน</translation>
    </message>
    <message>
        <source>Pack under voltage</source>
        <translation>แบตเตอรี่: แรงดันต่ำ</translation>
    </message>
    <message>
        <source>Pack SoC low</source>
        <translation>แบตเตอรี่: SoC ต่ำ</translation>
    </message>
    <message>
        <source>Pack cell over voltage</source>
        <translation>แบตเตอรี่: แรงดันเซลล์เกิน</translation>
    </message>
    <message>
        <source>Pack cell under voltage</source>
        <translation>แบตเตอรี่: แรงดันเซลล์ต่ำ</translation>
    </message>
    <message>
        <source>Pack SoC high</source>
        <translation>แบตเตอรี่: SoC สูง</translation>
    </message>
    <message>
        <source>Pack SoC jump</source>
        <translation>แบตเตอรี่: SoC กระโดด</translation>
    </message>
    <message>
        <source>Pack storage mismatch</source>
        <translation>แบตเตอรี่: ไม่ตรงกับรถ</translation>
    </message>
    <message>
        <source>Pack poor cell consistency</source>
        <translation>แบตเตอรี่: เซลล์ไม่สม่ำเสมอ</translation>
    </message>
    <message>
        <source>Pack insulation failure</source>
        <translation>แบตเตอรี่: ฉนวนเสีย</translation>
    </message>
    <message>
        <source>Pack DC-DC temperature</source>
        <translation>แบตเตอรี่: อุณหภูมิ DC-DC</translation>
    </message>
    <message>
        <source>Pack brake</source>
        <translation>แบตเตอรี่: เบรก</translation>
    </message>
    <message>
        <source>Pack DC-DC status</source>
        <translation>แบตเตอรี่: สถานะ DC-DC</translation>
    </message>
    <message>
        <source>Pack motor controller temperature</source>
        <translation>แบตเตอรี่: อุณหภูมิตัวควบคุมมอเตอร์</translation>
    </message>
    <message>
        <source>Pack HV interlock</source>
        <translation>แบตเตอรี่: อินเตอร์ล็อก HV</translation>
    </message>
    <message>
        <source>Pack motor temperature</source>
        <translation>แบตเตอรี่: อุณหภูมิมอเตอร์</translation>
    </message>
    <message>
        <source>Pack over charge</source>
        <translation>แบตเตอรี่: ชาร์จเกิน</translation>
    </message>
    <message>
        <source>Pack unknown</source>
        <translation>แบตเตอรี่: ไม่ทราบสาเหตุ</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports too large a temperature difference inside the pack.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าอุณหภูมิภายในแบตเตอรี่ต่างกันมากเกินไป</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high temperature.</source>
        <translation>BMS ของแบตเตอรี่รายงานอุณหภูมิสูง</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too high.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าแรงดันของแบตเตอรี่สูงเกินไป</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too low.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าแรงดันของแบตเตอรี่ต่ำเกินไป</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a low state of charge.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าระดับประจุ (SoC) ต่ำ</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too high.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าแรงดันเซลล์สูงเกินไป</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too low.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าแรงดันเซลล์ต่ำเกินไป</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of charge too high.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าระดับประจุ (SoC) สูงเกินไป</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a sudden jump of the state of charge.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าระดับประจุ (SoC) เปลี่ยนแบบกระโดด</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports that the pack does not match the vehicle&apos;s energy storage.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าแบตเตอรี่ไม่ตรงกับระบบกักเก็บพลังงานของรถ</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports poor consistency between its cells.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าเซลล์ไม่สม่ำเสมอกัน</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an insulation failure.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าฉนวนเสีย</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high DC-DC converter temperature.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าอุณหภูมิคอนเวอร์เตอร์ DC-DC สูง</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a brake system alarm.</source>
        <translation>BMS ของแบตเตอรี่รายงานสัญญาณเตือนของระบบเบรก</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a DC-DC converter fault.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าคอนเวอร์เตอร์ DC-DC ขัดข้อง</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor controller temperature.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าอุณหภูมิตัวควบคุมมอเตอร์สูง</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports its HV interlock open.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าอินเตอร์ล็อก HV เปิดอยู่</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor temperature.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าอุณหภูมิมอเตอร์สูง</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack overcharged.</source>
        <translation>BMS ของแบตเตอรี่รายงานว่าแบตเตอรี่ถูกชาร์จเกิน</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an alarm this console does not know.</source>
        <translation>BMS ของแบตเตอรี่รายงานสัญญาณเตือนที่คอนโซลนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Stop charging the pack and let it cool; quarantine if it repeats.</source>
        <translation>หยุดชาร์จแบตเตอรี่และปล่อยให้เย็นลง หากเกิดซ้ำให้กักกัน</translation>
    </message>
    <message>
        <source>Check the pack&apos;s cooling; quarantine if it repeats.</source>
        <translation>ตรวจระบบระบายความร้อนของแบตเตอรี่ หากเกิดซ้ำให้กักกัน</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it.</source>
        <translation>กักกันแบตเตอรี่ ห้ามชาร์จหรือติดตั้ง</translation>
    </message>
    <message>
        <source>Stop charging; a technician checks the cell balancing.</source>
        <translation>หยุดชาร์จ ช่างเทคนิคตรวจการบาลานซ์เซลล์</translation>
    </message>
    <message>
        <source>Do not install; charge slowly and check the weak cell.</source>
        <translation>ห้ามติดตั้ง ชาร์จช้าๆ และตรวจเซลล์ที่อ่อน</translation>
    </message>
    <message>
        <source>Schedule a balancing charge; watch the pack&apos;s health.</source>
        <translation>นัดชาร์จบาลานซ์ และเฝ้าดูสุขภาพแบตเตอรี่</translation>
    </message>
    <message>
        <source>Check the pack&apos;s diagnostics.</source>
        <translation>ตรวจผลวินิจฉัยของแบตเตอรี่</translation>
    </message>
    <message>
        <source>The controller reported a fault code this console does not know.</source>
        <translation>ตัวควบคุมแจ้งรหัสข้อขัดข้องที่คอนโซลนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Look the code up in the controller&apos;s manual.</source>
        <translation>ค้นหารหัสในคู่มือของตัวควบคุม</translation>
    </message>
</context>
<context>
    <name>BayCamera</name>
    <message>
        <source>camera %1 is configured, but Qt Multimedia is not installed (pip install &apos;operator-app[camera]&apos;)</source>
        <translation>ตั้งค่ากล้อง %1 ไว้ แต่ไม่ได้ติดตั้ง Qt Multimedia (pip install &apos;operator-app[camera]&apos;)</translation>
    </message>
    <message>
        <source>camera %1: no such local camera (%2 found)</source>
        <translation>กล้อง %1: ไม่มีกล้องนี้ในเครื่อง (พบ %2 ตัว)</translation>
    </message>
    <message>
        <source>camera %1: %2</source>
        <translation>กล้อง %1: %2</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>กล้อง %1</translation>
    </message>
</context>
<context>
    <name>BayView</name>
    <message>
        <source>waiting for the station</source>
        <translation>กำลังรอสถานี</translation>
    </message>
    <message>
        <source>bay empty</source>
        <translation>จุดจอดว่าง</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>รอ</translation>
    </message>
    <message>
        <source>STOP: in position</source>
        <translation>หยุด: ถึงตำแหน่งแล้ว</translation>
    </message>
    <message>
        <source>forward %1 m</source>
        <translation>เดินหน้า %1 m</translation>
    </message>
    <message>
        <source>back %1 m</source>
        <translation>ถอยหลัง %1 m</translation>
    </message>
    <message>
        <source>steer left %1 m</source>
        <translation>เลี้ยวซ้าย %1 m</translation>
    </message>
    <message>
        <source>steer right %1 m</source>
        <translation>เลี้ยวขวา %1 m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</source>
        <translation>ค่าเยื้อง %1 / %2 mm   แท่นยก %3 mm, %4 kg   ชัตเทิล %5 m</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>แท่นยก</translation>
    </message>
    <message>
        <source>no camera configured: bay drawn from the positioning sensors</source>
        <translation>ไม่ได้ตั้งค่ากล้อง: ภาพจุดจอดวาดจากเซนเซอร์จัดตำแหน่ง</translation>
    </message>
    <message>
        <source>STALE, %1: last known position</source>
        <translation>ข้อมูลเก่า %1: ตำแหน่งล่าสุดที่ทราบ</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>ขาดการเชื่อมต่อ</translation>
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
        <translation>เซลล์สูงสุด (V)</translation>
    </message>
    <message>
        <source>hours from the start of the charge</source>
        <translation>ชั่วโมงนับจากเริ่มชาร์จ</translation>
    </message>
    <message>
        <source>Charging sessions of %1</source>
        <translation>รอบการชาร์จของ %1</translation>
    </message>
    <message>
        <source>The journal holds no charging session of pack %1.</source>
        <translation>สมุดบันทึกไม่มีรอบการชาร์จของแบตเตอรี่ %1</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>ล่าสุดก่อน</translation>
    </message>
    <message>
        <source>%1 % to %2 %, %3 h</source>
        <translation>%1 % ถึง %2 %, %3 ชั่วโมง</translation>
    </message>
    <message>
        <source>, %1 Ah</source>
        <translation>, %1 Ah</translation>
    </message>
    <message>
        <source>, not measured (%1)</source>
        <translation>, ไม่ได้วัด (%1)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Configuration: %1</source>
        <translation>การตั้งค่า: %1</translation>
    </message>
    <message>
        <source>Configuration: %1; English is used</source>
        <translation>การตั้งค่า: %1 จึงใช้ภาษาอังกฤษ</translation>
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
        <translation>อยู่ในจุดจอดตอนนี้ สลับแล้ววันนี้เมื่อ %1</translation>
    </message>
    <message>
        <source>in the bay now</source>
        <translation>อยู่ในจุดจอดตอนนี้</translation>
    </message>
    <message>
        <source>swapped today at %1</source>
        <translation>สลับแล้ววันนี้เมื่อ %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>คาดว่าจะมา</translation>
    </message>
</context>
<context>
    <name>FirstConsole</name>
    <message>
        <source>Swap station console %1</source>
        <translation>คอนโซลสถานีสลับแบตเตอรี่ %1</translation>
    </message>
    <message>
        <source>SIMULATION: this console is connected to the simulated station, not to real equipment</source>
        <translation>โหมดจำลอง: คอนโซลนี้เชื่อมต่อกับสถานีจำลอง ไม่ใช่อุปกรณ์จริง</translation>
    </message>
    <message>
        <source>Link to the station controller</source>
        <translation>การเชื่อมต่อกับตัวควบคุมสถานี</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>สาย</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Controller heartbeat</source>
        <translation>heartbeat ของตัวควบคุม</translation>
    </message>
    <message>
        <source>Console heartbeat</source>
        <translation>heartbeat ของคอนโซล</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>เวลาไป-กลับ</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>อัปเดตล่าสุด</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>สมุดบันทึก</translation>
    </message>
    <message>
        <source>Fleet sync</source>
        <translation>ซิงก์กองรถ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>โหมด</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>เวลาขั้นตอน</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>จุดจอด</translation>
    </message>
    <message>
        <source>Active faults</source>
        <translation>ข้อขัดข้องที่มีอยู่</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>ไม่มีสัญญาณเตือน</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>สัญญาณเตือน</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>แร็ค</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>รหัสแบตเตอรี่</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Max temp.</source>
        <translation>อุณหภูมิสูงสุด</translation>
    </message>
    <message>
        <source>Link events</source>
        <translation>เหตุการณ์การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>บล็อก %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 s of %2 s expected</source>
        <translation>%1 วินาที จากที่คาดไว้ %2 วินาที</translation>
    </message>
    <message>
        <source>%1: %2, offsets %3 mm / %4 mm</source>
        <translation>%1: %2, ค่าเยื้อง %3 mm / %4 mm</translation>
    </message>
    <message>
        <source>unknown plate</source>
        <translation>ไม่ทราบทะเบียน</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors</source>
        <translation>มัธยฐาน %1 ms, p99 %2 ms, %3 ธุรกรรม, หมดเวลา %4 ครั้ง, CRC ผิด %5 ครั้ง</translation>
    </message>
    <message>
        <source>%1: %3 | high %4, medium %5, low %6</source>
        <translation>%1: %3 | สูง %4, กลาง %5, ต่ำ %6</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>กำลังบันทึก</translation>
    </message>
    <message>
        <source>DISK FULL</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>No data from the station controller yet</source>
        <translation>ยังไม่มีข้อมูลจากตัวควบคุมสถานี</translation>
    </message>
    <message>
        <source>%1 s ago (poll %2)</source>
        <translation>%1 วินาที ที่แล้ว (โพล %2)</translation>
    </message>
    <message>
        <source>STALE: the values below are from %1, %2 s ago; the link to the controller is down</source>
        <translation>ข้อมูลเก่า: ค่าด้านล่างมาจาก %1 เมื่อ %2 วินาที ที่แล้ว การเชื่อมต่อกับตัวควบคุมขาดอยู่</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>First start: the station&apos;s supervisor</source>
        <translation>เริ่มใช้ครั้งแรก: หัวหน้างานของสถานี</translation>
    </message>
    <message>
        <source>No supervisor is set up on this station yet. The supervisor decides who may work here: make yours now (or later from Sign in). Swaps run without one.</source>
        <translation>สถานีนี้ยังไม่มีหัวหน้างาน หัวหน้างานเป็นผู้กำหนดว่าใครทำงานที่นี่ได้: สร้างบัญชีหัวหน้างานตอนนี้ (หรือภายหลังจาก “เข้าสู่ระบบ”) ระหว่างนี้การสลับยังทำได้ตามปกติ</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>packs</source>
        <translation>แบตเตอรี่</translation>
    </message>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>สุขภาพกองรถ</translation>
    </message>
    <message>
        <source>The journal holds no pack with a SoH yet.</source>
        <translation>สมุดบันทึกยังไม่มีแบตเตอรี่ที่มีค่า SoH</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>สิ้นอายุการใช้งาน</translation>
    </message>
    <message>
        <source>Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only (hatched)</source>
        <translation>สุขภาพกองรถ: แบตเตอรี่ %1 ลูก, SoH มัธยฐาน %2 %; วัดได้ %3 ลูก, จาก BMS เท่านั้น %4 ลูก (แรเงา)</translation>
    </message>
    <message>
        <source>No outliers: every pack is within 2 standard deviations of the median and above the end of life.</source>
        <translation>ไม่มีค่าผิดปกติ: แบตเตอรี่ทุกลูกอยู่ในช่วง 2 ส่วนเบี่ยงเบนมาตรฐานจากมัธยฐาน และสูงกว่าเกณฑ์สิ้นอายุ</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>ค่าผิดปกติ</translation>
    </message>
    <message>
        <source>below the end of life</source>
        <translation>ต่ำกว่าเกณฑ์สิ้นอายุ</translation>
    </message>
    <message>
        <source>%1 standard deviations from the median</source>
        <translation>ห่างจากมัธยฐาน %1 ส่วนเบี่ยงเบนมาตรฐาน</translation>
    </message>
    <message>
        <source> (BMS SoH, not measured)</source>
        <translation> (SoH จาก BMS ไม่ได้วัด)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Frame (hex)</source>
        <translation>เฟรม (hex)</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>เวลาแฝง</translation>
    </message>
    <message>
        <source>Exception or problem</source>
        <translation>Exception หรือปัญหา</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ ส่ง</translation>
    </message>
    <message>
        <source>← answer</source>
        <translation>← ตอบ</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>เสีย</translation>
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
        <translation>รอบการชาร์จไม่พอสำหรับแนวโน้ม (ใช้ได้ %1 รอบ แนวโน้มต้องใช้ %2 รอบในช่วง %3 วัน)</translation>
    </message>
    <message>
        <source>no decline measured (%1 points a year): no end of life in sight</source>
        <translation>วัดไม่พบการลดลง (%1 จุดต่อปี): ยังไม่ใกล้สิ้นอายุ</translation>
    </message>
    <message>
        <source>below %1 % since about %2</source>
        <translation>ต่ำกว่า %1 % ตั้งแต่ประมาณ %2</translation>
    </message>
    <message>
        <source>falls %1 points a year: reaches %2 % around %3</source>
        <translation>ลดลงปีละ %1 จุด: จะถึง %2 % ราว %3</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>สุขภาพของ %1</translation>
    </message>
    <message>
        <source>The journal holds no health record of pack %1.</source>
        <translation>สมุดบันทึกไม่มีประวัติสุขภาพของแบตเตอรี่ %1</translation>
    </message>
    <message>
        <source>Measured SoH %1 % (last of %2 good sessions)</source>
        <translation>SoH ที่วัดได้ %1 % (ล่าสุดจาก %2 รอบที่ใช้ได้)</translation>
    </message>
    <message>
        <source>the BMS says %1 %</source>
        <translation>BMS แจ้ง %1 %</translation>
    </message>
    <message>
        <source>BMS SoH</source>
        <translation>SoH จาก BMS</translation>
    </message>
    <message>
        <source>measured (good sessions)</source>
        <translation>วัดได้ (รอบที่ใช้ได้)</translation>
    </message>
    <message>
        <source>trend of the measured SoH</source>
        <translation>แนวโน้มของ SoH ที่วัดได้</translation>
    </message>
    <message>
        <source>end of life %1 %</source>
        <translation>สิ้นอายุ %1 %</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify the vehicle</source>
        <translation>ระบุรถ</translation>
    </message>
    <message>
        <source>Plate (2-12 letters and digits), or scan</source>
        <translation>ทะเบียน (ตัวอักษรและตัวเลข 2-12 ตัว) หรือสแกน</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>ระบุ</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>คาดว่าจะมาวันนี้</translation>
    </message>
    <message>
        <source>Expected today (tap to identify)</source>
        <translation>คาดว่าจะมาวันนี้ (แตะเพื่อระบุ)</translation>
    </message>
    <message>
        <source>Type the plate, scan the vehicle&apos;s code, or tap it in the list.</source>
        <translation>พิมพ์ทะเบียน สแกนรหัสของรถ หรือแตะรถในรายการ</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 สลับแล้ววันนี้เมื่อ %2: ตรวจสอบก่อนสลับอีกครั้ง</translation>
    </message>
    <message>
        <source>Type the plate first, or tap a vehicle in the list.</source>
        <translation>พิมพ์ทะเบียนก่อน หรือแตะรถในรายการ</translation>
    </message>
    <message>
        <source>Identify anyway</source>
        <translation>ระบุต่อไป</translation>
    </message>
    <message>
        <source>Not identified: %1</source>
        <translation>ระบุไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>เครื่องมือสมุดบันทึก</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>ตรวจสอบสมุดบันทึก</translation>
    </message>
    <message>
        <source>Export: how far back</source>
        <translation>ส่งออก: ย้อนหลังเท่าใด</translation>
    </message>
    <message>
        <source>Export: tap the folder to write to</source>
        <translation>ส่งออก: แตะโฟลเดอร์ที่จะเขียน</translation>
    </message>
    <message>
        <source>The journal tools need a signed-in technician.</source>
        <translation>เครื่องมือสมุดบันทึกต้องมีช่างเทคนิคเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>No journal is kept: there is nothing to verify.</source>
        <translation>ไม่ได้เก็บสมุดบันทึก: ไม่มีอะไรให้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>กำลังตรวจสอบสมุดบันทึก…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>กำลังส่งออกไปที่ %1…</translation>
    </message>
    <message>
        <source>Journal verified: no problem found.</source>
        <translation>ตรวจสอบสมุดบันทึกแล้ว: ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: see the lines marked FAIL.</source>
        <translation>พบปัญหา: ดูบรรทัดที่มีเครื่องหมาย FAIL</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>ส่งออก %1 รายการไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was left half written; try another folder.</source>
        <translation>ส่งออกไม่สำเร็จ: %1 ไม่มีไฟล์ที่เขียนค้างไว้ครึ่งเดียว ลองโฟลเดอร์อื่น</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>For %1: the console speaks it at each of their sign-ins.</source>
        <translation>สำหรับ %1: คอนโซลจะใช้ภาษานี้ทุกครั้งที่บุคคลนี้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>For this terminal: the console starts in it. A signed-in person chooses their own.</source>
        <translation>สำหรับเทอร์มินัลนี้: คอนโซลจะเริ่มด้วยภาษานี้ ผู้ที่เข้าสู่ระบบเลือกภาษาของตนเองได้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Swap station</source>
        <translation>สถานีสลับแบตเตอรี่</translation>
    </message>
    <message>
        <source>%1: swap station console %2</source>
        <translation>%1: คอนโซลสถานีสลับแบตเตอรี่ %2</translation>
    </message>
    <message>
        <source>MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for the maintenance page.</source>
        <translation>โหมดบำรุงรักษา: เริ่มการสลับไม่ได้ เคลื่อนที่เฉพาะขณะกดปุ่มค้าง แตะเพื่อไปหน้าบำรุงรักษา</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>รายละเอียดสถานี</translation>
    </message>
    <message>
        <source>%1 (simulated station)</source>
        <translation>%1 (สถานีจำลอง)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>รันจากซอร์สโค้ด</translation>
    </message>
    <message>
        <source>unknown: its build_info.json cannot be read</source>
        <translation>ไม่ทราบ: อ่าน build_info.json ไม่ได้</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>เวอร์ชัน %1</translation>
    </message>
    <message>
        <source>Version %1, kiosk bundle</source>
        <translation>เวอร์ชัน %1 (ชุดคีออสก์)</translation>
    </message>
    <message>
        <source>About this console:</source>
        <translation>เกี่ยวกับคอนโซลนี้:</translation>
    </message>
    <message>
        <source>Revision %1, built %2</source>
        <translation>รีวิชัน %1, บิลด์: %2</translation>
    </message>
    <message>
        <source>IN: for %1</source>
        <translation>เข้า: สำหรับ %1</translation>
    </message>
    <message>
        <source>OUT: depleted pack goes here</source>
        <translation>ออก: แบตเตอรี่ที่ใช้แล้วเข้าช่องนี้</translation>
    </message>
    <message>
        <source>SIMULATION: not connected to real equipment. Tap here for the training controls.</source>
        <translation>โหมดจำลอง: ไม่ได้เชื่อมต่อกับอุปกรณ์จริง แตะที่นี่เพื่อเปิดชุดควบคุมการฝึก</translation>
    </message>
    <message>
        <source>Training users: %1</source>
        <translation>ผู้ใช้สำหรับฝึก: %1</translation>
    </message>
    <message>
        <source>Users: no supervisor yet: tap to make the first</source>
        <translation>ผู้ใช้: ยังไม่มีหัวหน้างาน แตะเพื่อสร้างคนแรก</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor manages users.</source>
        <translation>เฉพาะหัวหน้างานที่เข้าสู่ระบบแล้วเท่านั้นที่จัดการผู้ใช้ได้</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>แตะชื่อของคุณ แล้วพิมพ์ PIN (หรือแสดงบัตร)</translation>
    </message>
    <message>
        <source>Closing the console needs a name and PIN.</source>
        <translation>การปิดคอนโซลต้องใช้ชื่อและ PIN</translation>
    </message>
    <message>
        <source>%1 (no other language installed)</source>
        <translation>%1 (ไม่ได้ติดตั้งภาษาอื่น)</translation>
    </message>
    <message>
        <source>A technician&apos;s name and PIN close the console</source>
        <translation>ต้องใช้ชื่อและ PIN ของช่างเทคนิคเพื่อปิดคอนโซล</translation>
    </message>
    <message>
        <source>%1 for now: not kept for the next start (%2)</source>
        <translation>ใช้ %1 ชั่วคราว: ไม่เก็บไว้สำหรับการเริ่มครั้งถัดไป (%2)</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Until put back</source>
        <translation>จนกว่าจะกลับมาใช้งาน</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 ชั่วโมง</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 ชั่วโมง</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>บำรุงรักษา</translation>
    </message>
    <message>
        <source>Mode and motion</source>
        <translation>โหมดและการเคลื่อนที่</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>ตัวนับ</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>เครื่องมือ</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>งดใช้งาน</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>กลับมาใช้งาน</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>ปิดใช้เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>เปิดใช้เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>เครื่องมือสมุดบันทึก</translation>
    </message>
    <message>
        <source>Register monitor</source>
        <translation>มอนิเตอร์รีจิสเตอร์</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>รายการรถ</translation>
    </message>
    <message>
        <source>Lift up</source>
        <translation>แท่นยกขึ้น</translation>
    </message>
    <message>
        <source>Lift down</source>
        <translation>แท่นยกลง</translation>
    </message>
    <message>
        <source>Shuttle toward bay</source>
        <translation>ชัตเทิลไปทางจุดจอด</translation>
    </message>
    <message>
        <source>Shuttle toward rack</source>
        <translation>ชัตเทิลไปทางแร็ค</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>โฮมแกน</translation>
    </message>
    <message>
        <source>Shuttle to it</source>
        <translation>ชัตเทิลไปที่ช่องนี้</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>ล็อกหัว</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>ปลดล็อกหัว</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>จุดจอด</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>ช่อง %1</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>หัว %1</translation>
    </message>
    <message>
        <source>Moving while held…</source>
        <translation>กำลังเคลื่อนที่ขณะกดค้าง…</translation>
    </message>
    <message>
        <source>Moving while held: %1 s</source>
        <translation>กำลังเคลื่อนที่ขณะกดค้าง: %1 วินาที</translation>
    </message>
    <message>
        <source>%1 (while held: %2)</source>
        <translation>%1 (ขณะกดค้าง: %2)</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Before leaving: %1</source>
        <translation>บำรุงรักษา ตัวควบคุมยืนยันแล้ว ก่อนออก: %1</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Safe to leave: lift down, shuttle at the bay, nothing carried.</source>
        <translation>บำรุงรักษา ตัวควบคุมยืนยันแล้ว ออกได้อย่างปลอดภัย: แท่นยกอยู่ล่าง ชัตเทิลอยู่ที่จุดจอด ไม่มีสิ่งใดบรรทุกอยู่</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>ออกจากบำรุงรักษา</translation>
    </message>
    <message>
        <source>Nobody who may work here is signed in: a technician signs in (the status bar&apos;s sign-in) to move the axes or to leave maintenance.</source>
        <translation>ไม่มีผู้มีสิทธิ์ทำงานที่นี่เข้าสู่ระบบ: ช่างเทคนิคต้องเข้าสู่ระบบ (ปุ่มเข้าสู่ระบบบนแถบสถานะ) เพื่อขยับแกนหรือออกจากบำรุงรักษา</translation>
    </message>
    <message>
        <source>Automatic operation. Motion by hand needs maintenance mode.</source>
        <translation>ทำงานอัตโนมัติ การเคลื่อนที่ด้วยมือต้องใช้โหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>เข้าบำรุงรักษา</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>ที่จุดจอด</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>ระหว่างจุดหยุด</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>ที่ช่อง %1</translation>
    </message>
    <message>
        <source>Lift %1, load %2. Shuttle %3 (%4). Lock heads %5</source>
        <translation>แท่นยก %1 น้ำหนัก %2 ชัตเทิล %3 (%4) หัวล็อก %5</translation>
    </message>
    <message>
        <source>Lift cycles</source>
        <translation>รอบแท่นยก</translation>
    </message>
    <message>
        <source>Lock cycles</source>
        <translation>รอบล็อก</translation>
    </message>
    <message>
        <source>Shuttle travel, km</source>
        <translation>ระยะเดินชัตเทิล, km</translation>
    </message>
    <message>
        <source>%1: the controller does not count it (protocol 3.2 has the counters)</source>
        <translation>%1: ตัวควบคุมไม่ได้นับค่านี้ (โปรโตคอล 3.2 มีตัวนับ)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 จาก %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1: SERVICE DUE</source>
        <translation>%1: ถึงรอบบำรุงรักษา</translation>
    </message>
    <message>
        <source>SERVICE DUE</source>
        <translation>ถึงรอบบำรุงรักษา</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ล็อกแล้ว</translation>
    </message>
    <message>
        <source>open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>กำลังเคลื่อนที่</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>งดใช้งาน</translation>
    </message>
    <message>
        <source>charger disabled</source>
        <translation>ปิดใช้เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>เครื่องชาร์จขัดข้อง</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Slot %1
%2</source>
        <translation>ช่อง %1
%2</translation>
    </message>
    <message>
        <source>Tap a slot. To take it out of service, tap why and until when.</source>
        <translation>แตะช่อง หากจะงดใช้งาน ให้แตะเหตุผลและเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>Taken out by %1.</source>
        <translation>งดใช้งานโดย %1</translation>
    </message>
    <message>
        <source>Slot %1 is in service. To take it out, tap why and until when.</source>
        <translation>ช่อง %1 ใช้งานอยู่ หากจะงดใช้งาน ให้แตะเหตุผลและเวลาสิ้นสุด</translation>
    </message>
</context>
<context>
    <name>PackAlarmModel</name>
    <message>
        <source>raised %1</source>
        <translation>เกิด %1</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>หาย %1</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>ยังไม่หาย</translation>
    </message>
</context>
<context>
    <name>PackHistoryPlot</name>
    <message>
        <source>No pack chosen.</source>
        <translation>ยังไม่ได้เลือกแบตเตอรี่</translation>
    </message>
    <message>
        <source>SoC, V, A</source>
        <translation>SoC, V, A</translation>
    </message>
    <message>
        <source>cells, °C, kW</source>
        <translation>เซลล์, °C, kW</translation>
    </message>
    <message>
        <source>Show
%1</source>
        <translation>แสดง
%1</translation>
    </message>
    <message>
        <source>The journal holds no telemetry of pack %1.</source>
        <translation>สมุดบันทึกไม่มีข้อมูลเทเลเมทรีของแบตเตอรี่ %1</translation>
    </message>
    <message>
        <source>Cursor %1: no sample recorded near this time</source>
        <translation>เคอร์เซอร์ %1: ไม่มีตัวอย่างที่บันทึกไว้ใกล้เวลานี้</translation>
    </message>
    <message>
        <source>Cursor %1: bucket %2 to %3, %4 samples</source>
        <translation>เคอร์เซอร์ %1: ช่วง %2 ถึง %3, %4 ตัวอย่าง</translation>
    </message>
    <message>
        <source>Cursor %1: sample at %2</source>
        <translation>เคอร์เซอร์ %1: ตัวอย่างเมื่อ %2</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>ไม่มีตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>shallow</source>
        <translation>ชาร์จตื้น</translation>
    </message>
    <message>
        <source>gap in the readings</source>
        <translation>ข้อมูลขาดช่วง</translation>
    </message>
    <message>
        <source>SoC jumped</source>
        <translation>SoC กระโดด</translation>
    </message>
    <message>
        <source>SoC frozen</source>
        <translation>SoC ค้าง</translation>
    </message>
    <message>
        <source>meter went backwards</source>
        <translation>มิเตอร์นับถอยหลัง</translation>
    </message>
    <message>
        <source>link lost</source>
        <translation>การเชื่อมต่อขาด</translation>
    </message>
    <message>
        <source>console restarted</source>
        <translation>คอนโซลรีสตาร์ต</translation>
    </message>
    <message>
        <source>pack removed</source>
        <translation>ถอดแบตเตอรี่ออก</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>ไม่ครบ</translation>
    </message>
    <message>
        <source>no SoC</source>
        <translation>ไม่มี SoC</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>เครื่องชาร์จขัดข้อง</translation>
    </message>
    <message>
        <source>taken for a swap</source>
        <translation>ถูกนำไปสลับ</translation>
    </message>
    <message>
        <source>console restart</source>
        <translation>คอนโซลรีสตาร์ต</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>แบตเตอรี่</translation>
    </message>
    <message>
        <source>module</source>
        <translation>โมดูล</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>รายละเอียดแบตเตอรี่</translation>
    </message>
    <message>
        <source>Pack code or slot number</source>
        <translation>รหัสแบตเตอรี่หรือหมายเลขช่อง</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>ปิดใช้เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>กักกัน…</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>ปลดจากการกักกัน</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>บันทึกประวัติ…</translation>
    </message>
    <message>
        <source>Health: measured by this station and by the BMS</source>
        <translation>สุขภาพ: วัดโดยสถานีนี้และโดย BMS</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>Pack code (GB/T 34014)</source>
        <translation>รหัสแบตเตอรี่ (GB/T 34014)</translation>
    </message>
    <message>
        <source>Its life so far</source>
        <translation>ประวัติการใช้งานที่ผ่านมา</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>รอบชาร์จ</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>สัญญาณเตือน</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>กองรถ</translation>
    </message>
    <message>
        <source>Show the charge curves</source>
        <translation>แสดงกราฟการชาร์จ</translation>
    </message>
    <message>
        <source>Show the SoH trend</source>
        <translation>แสดงแนวโน้ม SoH</translation>
    </message>
    <message>
        <source>There is no journal: the packs&apos; health is not known.</source>
        <translation>ไม่มีสมุดบันทึก: จึงไม่ทราบสุขภาพของแบตเตอรี่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Confirm quarantine</source>
        <translation>ยืนยันการกักกัน</translation>
    </message>
    <message>
        <source>Reason: %1. Confirm quarantine to keep the pack out of every swap.</source>
        <translation>เหตุผล: %1 แตะ “ยืนยันการกักกัน” เพื่อกันแบตเตอรี่ออกจากการสลับทุกครั้ง</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>บันทึกที่นี่</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>ปิดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>over-voltage level %1: %2 V</source>
        <translation>แรงดันเกินระดับ %1: %2 V</translation>
    </message>
    <message>
        <source>under-voltage level %1: %2 V</source>
        <translation>แรงดันต่ำระดับ %1: %2 V</translation>
    </message>
    <message>
        <source>high temperature level %1: %2 °C</source>
        <translation>อุณหภูมิสูงระดับ %1: %2 °C</translation>
    </message>
    <message>
        <source>not offered above %1 °C</source>
        <translation>ไม่นำไปใช้เมื่อสูงกว่า %1 °C</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>ช่อง %1</translation>
    </message>
    <message>
        <source>Enable charger (technician)</source>
        <translation>เปิดใช้เครื่องชาร์จ (ช่างเทคนิค)</translation>
    </message>
    <message>
        <source>Pack record</source>
        <translation>ประวัติแบตเตอรี่</translation>
    </message>
    <message>
        <source>In quarantine: %1</source>
        <translation>ถูกกักกัน: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>ไม่มีการบันทึกเหตุผล</translation>
    </message>
    <message>
        <source>Not in the rack: this pack is not at the station now; its records are below.</source>
        <translation>ไม่อยู่ในแร็ค: แบตเตอรี่นี้ไม่ได้อยู่ที่สถานีตอนนี้ ประวัติอยู่ด้านล่าง</translation>
    </message>
    <message>
        <source>The slot is empty.</source>
        <translation>ช่องนี้ว่าง</translation>
    </message>
    <message>
        <source>Not offered to any swap. %1</source>
        <translation>ไม่นำไปใช้ในการสลับใดๆ %1</translation>
    </message>
    <message>
        <source>Reserved for the running swap.</source>
        <translation>จองไว้สำหรับการสลับที่กำลังทำอยู่</translation>
    </message>
    <message>
        <source>Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, every check passed).</source>
        <translation>นำไปใช้ได้: พร้อมสำหรับรถที่ใช้แบตเตอรี่ชนิด %1 (SoC %2 %, ผ่านการตรวจทุกข้อ)</translation>
    </message>
    <message>
        <source>Not offered yet: charging, SoC %1 % of the %2 % needed</source>
        <translation>ยังไม่นำไปใช้: กำลังชาร์จ SoC %1 % จากที่ต้องการ %2 %</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>พร้อมในอีกประมาณ %1 นาที</translation>
    </message>
    <message>
        <source>Slot fault: the slot&apos;s charger reports a fault.</source>
        <translation>ช่องขัดข้อง: เครื่องชาร์จของช่องแจ้งข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is faulted.</source>
        <translation>ไม่นำไปใช้: เครื่องชาร์จของช่องขัดข้อง</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is switched off (slot disabled).</source>
        <translation>ไม่นำไปใช้: เครื่องชาร์จของช่องถูกปิด (ปิดใช้ช่อง)</translation>
    </message>
    <message>
        <source>Not offered: BMS alarm level %1 (a pack at level %2 or more is kept out).</source>
        <translation>ไม่นำไปใช้: สัญญาณเตือน BMS ระดับ %1 (แบตเตอรี่ที่ระดับ %2 ขึ้นไปจะถูกกันออก)</translation>
    </message>
    <message>
        <source>Not offered: the BMS alarm level is not known.</source>
        <translation>ไม่นำไปใช้: ไม่ทราบระดับสัญญาณเตือน BMS</translation>
    </message>
    <message>
        <source>Not offered: insulation %1 kΩ, below %2 kΩ.</source>
        <translation>ไม่นำไปใช้: ฉนวน %1 kΩ ต่ำกว่า %2 kΩ</translation>
    </message>
    <message>
        <source>Not offered: readings invalid (%1).</source>
        <translation>ไม่นำไปใช้: ค่าที่อ่านไม่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>temperatures</source>
        <translation>อุณหภูมิ</translation>
    </message>
    <message>
        <source>Not offered: too hot, %1 °C, above %2 °C.</source>
        <translation>ไม่นำไปใช้: ร้อนเกินไป %1 °C สูงกว่า %2 °C</translation>
    </message>
    <message>
        <source>Not offered: too cold, %1 °C, below %2 °C.</source>
        <translation>ไม่นำไปใช้: เย็นเกินไป %1 °C ต่ำกว่า %2 °C</translation>
    </message>
    <message>
        <source>Not offered: poor health, SoH %1 %, below %2 %.</source>
        <translation>ไม่นำไปใช้: สุขภาพไม่ดี SoH %1 % ต่ำกว่า %2 %</translation>
    </message>
    <message>
        <source>Not offered: SoC %1 %, below %2 %, and not charging.</source>
        <translation>ไม่นำไปใช้: SoC %1 % ต่ำกว่า %2 % และไม่ได้ชาร์จ</translation>
    </message>
    <message>
        <source>Not offered: not ready.</source>
        <translation>ไม่นำไปใช้: ยังไม่พร้อม</translation>
    </message>
    <message>
        <source>No pack in the slot.</source>
        <translation>ไม่มีแบตเตอรี่ในช่อง</translation>
    </message>
    <message>
        <source>Pack %1
Type %2, rated %3 kWh</source>
        <translation>แบตเตอรี่ %1
ชนิด %2 พิกัด %3 kWh</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: a pack code has 24 characters, this one %1.</source>
        <translation>ไม่ใช่รหัส GB/T 34014: รหัสแบตเตอรี่มี 24 ตัวอักษร รหัสนี้มี %1</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: only capital letters and digits belong in one.</source>
        <translation>ไม่ใช่รหัส GB/T 34014: รหัสมีได้เฉพาะอักษรตัวพิมพ์ใหญ่และตัวเลข</translation>
    </message>
    <message>
        <source>product type %1 (not known)</source>
        <translation>ชนิดผลิตภัณฑ์ %1 (ไม่รู้จัก)</translation>
    </message>
    <message>
        <source>battery type %1 (not known)</source>
        <translation>ชนิดเคมีแบตเตอรี่ %1 (ไม่รู้จัก)</translation>
    </message>
    <message>
        <source>date code %1 (not a date)</source>
        <translation>รหัสวันที่ %1 (ไม่ใช่วันที่)</translation>
    </message>
    <message>
        <source>%1 (a date to come: the code is wrong)</source>
        <translation>%1 (เป็นวันในอนาคต: รหัสผิด)</translation>
    </message>
    <message>
        <source>Maker %1 · %2 · %3 · specification %4
Traceability %5 · made %6 · serial %7</source>
        <translation>ผู้ผลิต %1 · %2 · %3 · ข้อกำหนด %4
รหัสตรวจย้อนกลับ %5 · ผลิต %6 · ซีเรียล %7</translation>
    </message>
    <message>
        <source>BMS SoH: %1 %</source>
        <translation>SoH จาก BMS: %1 %</translation>
    </message>
    <message>
        <source>No record in the journal for this pack yet.</source>
        <translation>สมุดบันทึกยังไม่มีประวัติของแบตเตอรี่นี้</translation>
    </message>
    <message>
        <source>Measured SoH: not measured yet: needs a deep charge (a rise of %1 % SoC or more, without gaps).</source>
        <translation>SoH ที่วัดได้: ยังไม่ได้วัด ต้องชาร์จลึก (SoC เพิ่มขึ้น %1 % ขึ้นไป โดยไม่ขาดช่วง)</translation>
    </message>
    <message>
        <source>measured SoH: %1 %</source>
        <translation>SoH ที่วัดได้: %1 %</translation>
    </message>
    <message>
        <source>Measured capacity %1 kWh (%2 Ah) of %3 kWh rated</source>
        <translation>ความจุที่วัดได้ %1 kWh (%2 Ah) จากพิกัด %3 kWh</translation>
    </message>
    <message numerus="yes">
        <source>from %n good session(s)</source>
        <translation>
            <numerusform>จาก %n รอบที่ใช้ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>spread %1 Ah</source>
        <translation>ช่วงกระจาย %1 Ah</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>ยังไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>%1 full equivalent cycles measured (BMS: %2)</source>
        <translation>วัดได้ %1 รอบเทียบเท่าเต็ม (BMS: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 kWh charged here in %n session(s)</source>
        <translation>
            <numerusform>ชาร์จที่นี่ %1 kWh ใน %n รอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-temperature events %1 · insulation events %2 · level-3 alarms %3</source>
        <translation>อุณหภูมิเกิน %1 ครั้ง · ฉนวน %2 ครั้ง · สัญญาณเตือนระดับ 3 %3 ครั้ง</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>พบครั้งแรก %1 · พบล่าสุด %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s), newest first</source>
        <translation>
            <numerusform>รอบการชาร์จ %n รอบ ล่าสุดก่อน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured the capacity</source>
        <translation>
            <numerusform>วัดความจุได้ %n รอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>No charging session recorded for this pack yet.</source>
        <translation>ยังไม่มีการบันทึกรอบการชาร์จของแบตเตอรี่นี้</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) while in a slot here, newest first</source>
        <translation>
            <numerusform>สัญญาณเตือน %n รายการขณะอยู่ในช่องที่นี่ ล่าสุดก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm recorded for this pack.</source>
        <translation>ไม่มีสัญญาณเตือนที่บันทึกไว้สำหรับแบตเตอรี่นี้</translation>
    </message>
    <message>
        <source>SoC %1 % · %2 V · %3 A</source>
        <translation>SoC %1 % · %2 V · %3 A</translation>
    </message>
    <message>
        <source>Charger: %1, %2 kW</source>
        <translation>เครื่องชาร์จ: %1, %2 kW</translation>
    </message>
    <message>
        <source>full in %1 min</source>
        <translation>เต็มในอีก %1 นาที</translation>
    </message>
    <message>
        <source>Temperatures %1 to %2 °C · cells %3 to %4 V</source>
        <translation>อุณหภูมิ %1 ถึง %2 °C · เซลล์ %3 ถึง %4 V</translation>
    </message>
    <message>
        <source>Not valid now: %1</source>
        <translation>ตอนนี้ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>Insulation: not read</source>
        <translation>ฉนวน: ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>INSULATION LOW: %1 kΩ (alarm at %2 kΩ and below)</source>
        <translation>ค่าฉนวนต่ำ: %1 kΩ (สัญญาณเตือนที่ %2 kΩ ลงไป)</translation>
    </message>
    <message>
        <source>Insulation lower than usual: %1 kΩ (below %2 kΩ)</source>
        <translation>ค่าฉนวนต่ำกว่าปกติ: %1 kΩ (ต่ำกว่า %2 kΩ)</translation>
    </message>
    <message>
        <source>Insulation: %1 kΩ</source>
        <translation>ฉนวน: %1 kΩ</translation>
    </message>
    <message>
        <source>BMS alarm level: not read</source>
        <translation>ระดับสัญญาณเตือน BMS: ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>BMS: no alarm (level 0)</source>
        <translation>BMS: ไม่มีสัญญาณเตือน (ระดับ 0)</translation>
    </message>
    <message>
        <source>no flag named</source>
        <translation>ไม่ระบุแฟล็ก</translation>
    </message>
    <message>
        <source>BMS alarm level %1: %2</source>
        <translation>สัญญาณเตือน BMS ระดับ %1: %2</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not answer within %1 s.</source>
        <translation>ยังไม่ได้อ่านเซลล์: ตัวควบคุมไม่ตอบภายใน %1 วินาที</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not show this slot&apos;s cells.</source>
        <translation>ยังไม่ได้อ่านเซลล์: ตัวควบคุมไม่แสดงเซลล์ของช่องนี้</translation>
    </message>
    <message>
        <source>Not in the rack: no live values.</source>
        <translation>ไม่อยู่ในแร็ค: ไม่มีค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>The slot is empty: no cells to read.</source>
        <translation>ช่องนี้ว่าง: ไม่มีเซลล์ให้อ่าน</translation>
    </message>
    <message>
        <source>Shown: the read at %1.</source>
        <translation>แสดง: ค่าที่อ่านเมื่อ %1</translation>
    </message>
    <message>
        <source>Reading cells…</source>
        <translation>กำลังอ่านเซลล์…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell voltages</source>
        <translation>
            <numerusform>แรงดันเซลล์ %n ค่า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temperatures</source>
        <translation>
            <numerusform>อุณหภูมิ %n ค่า</numerusform>
        </translation>
    </message>
    <message>
        <source>read at %1, again every %2 s</source>
        <translation>อ่านเมื่อ %1 อ่านซ้ำทุก %2 วินาที</translation>
    </message>
    <message>
        <source>No valid cell voltage.</source>
        <translation>ไม่มีแรงดันเซลล์ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V</source>
        <translation>ต่ำสุด: เซลล์ %1, %2 V · สูงสุด: เซลล์ %3, %4 V · เฉลี่ย %5 V · ช่วงต่าง %6 V</translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>ไม่ถูกต้อง %n ค่า</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid temperature.</source>
        <translation>ไม่มีอุณหภูมิที่ถูกต้อง</translation>
    </message>
    <message>
        <source>coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C</source>
        <translation>เย็นสุด: เซนเซอร์ %1, %2 °C · ร้อนสุด: เซนเซอร์ %3, %4 °C · ช่วงต่าง %5 °C</translation>
    </message>
    <message>
        <source>Why is pack %1 quarantined? It is kept out of every swap until a technician releases it.</source>
        <translation>กักกันแบตเตอรี่ %1 ด้วยเหตุใด แบตเตอรี่จะถูกกันออกจากการสลับทุกครั้งจนกว่าช่างเทคนิคจะปลด</translation>
    </message>
    <message>
        <source>Choose the reason, then Confirm quarantine.</source>
        <translation>เลือกเหตุผล แล้วแตะ “ยืนยันการกักกัน”</translation>
    </message>
    <message>
        <source>Choose why the pack is quarantined first.</source>
        <translation>เลือกเหตุผลที่กักกันแบตเตอรี่ก่อน</translation>
    </message>
    <message>
        <source>Not quarantined: %1</source>
        <translation>ไม่ได้กักกัน: %1</translation>
    </message>
    <message>
        <source>Pack %1 is in quarantine (%2): it is not offered to any swap.</source>
        <translation>แบตเตอรี่ %1 ถูกกักกัน (%2): จะไม่ถูกนำไปใช้ในการสลับใดๆ</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>ไม่ได้ปลด: %1</translation>
    </message>
    <message>
        <source>Pack %1 is released from quarantine: it is offered again once it is ready.</source>
        <translation>ปลดแบตเตอรี่ %1 จากการกักกันแล้ว: จะนำไปใช้อีกเมื่อพร้อม</translation>
    </message>
    <message>
        <source>This station&apos;s exports folder</source>
        <translation>โฟลเดอร์ส่งออกของสถานีนี้</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>ไดรฟ์ %1</translation>
    </message>
    <message>
        <source>No drive is plugged in and this console keeps no journal: plug in a USB drive, then Save record again.</source>
        <translation>ไม่ได้เสียบไดรฟ์และคอนโซลนี้ไม่ได้เก็บสมุดบันทึก: เสียบไดรฟ์ USB แล้วแตะ “บันทึกประวัติ” อีกครั้ง</translation>
    </message>
    <message>
        <source>Choose where, then Save here.</source>
        <translation>เลือกตำแหน่ง แล้วแตะ “บันทึกที่นี่”</translation>
    </message>
    <message>
        <source>Save the record of pack %1 (record and sessions as CSV, a picture of each chart) into %2</source>
        <translation>บันทึกประวัติของแบตเตอรี่ %1 (ประวัติและรอบการชาร์จเป็น CSV และภาพของแต่ละกราฟ) ลงใน %2</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>เลือกตำแหน่งที่จะบันทึกก่อน</translation>
    </message>
    <message>
        <source>Written before that: %1.</source>
        <translation>เขียนไว้ก่อนหน้านั้น: %1</translation>
    </message>
    <message>
        <source>Not saved to %1: %2.</source>
        <translation>ไม่ได้บันทึกลง %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1, each named %2-…: %3.</source>
        <translation>
            <numerusform>บันทึก %n ไฟล์ลง %1 แล้ว แต่ละไฟล์ชื่อ %2-…: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the drive is read-only or write-protected</source>
        <translation>ไดรฟ์เป็นแบบอ่านอย่างเดียวหรือป้องกันการเขียน</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>ไดรฟ์เต็ม</translation>
    </message>
    <message>
        <source>the drive is gone or failing (unplugged?)</source>
        <translation>ไดรฟ์หายไปหรือเสีย (ถูกถอดออก?)</translation>
    </message>
    <message>
        <source>that is not a folder</source>
        <translation>นั่นไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>the drive refused it (%1)</source>
        <translation>ไดรฟ์ปฏิเสธ (%1)</translation>
    </message>
    <message>
        <source>Type the pack&apos;s code (or scan it), or a slot number, then OK.</source>
        <translation>พิมพ์รหัสแบตเตอรี่ (หรือสแกน) หรือหมายเลขช่อง แล้วแตะ “ตกลง”</translation>
    </message>
    <message>
        <source>Type a pack code or a slot number first.</source>
        <translation>พิมพ์รหัสแบตเตอรี่หรือหมายเลขช่องก่อน</translation>
    </message>
    <message numerus="yes">
        <source>There is no slot %1: the rack has %n slot(s).</source>
        <translation>
            <numerusform>ไม่มีช่อง %1: แร็คมี %n ช่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packs in the rack match %1: type more of the code.</source>
        <translation>
            <numerusform>แบตเตอรี่ในแร็ค %n ลูกตรงกับ %1: พิมพ์รหัสเพิ่มอีก</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack %1 is not in the rack: its records.</source>
        <translation>แบตเตอรี่ %1 ไม่อยู่ในแร็ค: แสดงประวัติ</translation>
    </message>
    <message>
        <source>No pack %1 in the rack or in the journal.</source>
        <translation>ไม่มีแบตเตอรี่ %1 ในแร็คหรือในสมุดบันทึก</translation>
    </message>
    <message>
        <source>Found in slot %1.</source>
        <translation>พบในช่อง %1</translation>
    </message>
</context>
<context>
    <name>PackPlots</name>
    <message>
        <source>1 h</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ชั่วโมง</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 วัน</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 วัน</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Raw samples (every 10 s while active, every minute at rest)</source>
        <translation>ข้อมูลดิบ (ทุก 10 วินาที ขณะทำงาน ทุกนาทีขณะไม่ทำงาน)</translation>
    </message>
    <message>
        <source>1-minute buckets: band = min to max, line = mean</source>
        <translation>ช่วงละ 1 นาที: แถบ = ต่ำสุดถึงสูงสุด เส้น = ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>1-hour buckets: band = min to max, line = mean</source>
        <translation>ช่วงละ 1 ชั่วโมง: แถบ = ต่ำสุดถึงสูงสุด เส้น = ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>อ่านสมุดบันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>เฉลี่ย</translation>
    </message>
    <message>
        <source>min</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>max</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>แรงดัน</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>กระแส</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>อุณหภูมิ</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>กำลังเครื่องชาร์จ</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Over-temperature</source>
        <translation>อุณหภูมิเกิน</translation>
    </message>
    <message>
        <source>Insulation fault</source>
        <translation>ฉนวนบกพร่อง</translation>
    </message>
    <message>
        <source>BMS SoH disagrees with the measured capacity</source>
        <translation>SoH จาก BMS ไม่ตรงกับความจุที่วัดได้</translation>
    </message>
    <message>
        <source>Cell imbalance</source>
        <translation>เซลล์ไม่สมดุล</translation>
    </message>
    <message>
        <source>Physical damage or a leak</source>
        <translation>เสียหายทางกายภาพหรือรั่ว</translation>
    </message>
    <message>
        <source>Repeated BMS alarms</source>
        <translation>สัญญาณเตือน BMS ซ้ำหลายครั้ง</translation>
    </message>
    <message>
        <source>Other: a technician inspects it</source>
        <translation>อื่นๆ: ช่างเทคนิคตรวจสอบ</translation>
    </message>
    <message>
        <source>Blocked by the fleet</source>
        <translation>ถูกระงับโดยกองรถ</translation>
    </message>
    <message>
        <source>no pack is named</source>
        <translation>ไม่ได้ระบุแบตเตอรี่</translation>
    </message>
    <message>
        <source>choose why from the list</source>
        <translation>เลือกเหตุผลจากรายการ</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>เข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>the pack is in quarantine already</source>
        <translation>แบตเตอรี่ถูกกักกันอยู่แล้ว</translation>
    </message>
    <message>
        <source>the pack is not in quarantine</source>
        <translation>แบตเตอรี่ไม่ได้ถูกกักกัน</translation>
    </message>
    <message>
        <source>only a technician may release a pack from quarantine</source>
        <translation>เฉพาะช่างเทคนิคเท่านั้นที่ปลดแบตเตอรี่จากการกักกันได้</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Back</source>
        <translation>กลับ</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>operator</source>
        <translation>ผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>ช่างเทคนิค</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (ฝึก)</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: ปิดใช้</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The person&apos;s name (the keyboard, or a keyboard plugged in):</source>
        <translation>ชื่อของบุคคล (ใช้แป้นพิมพ์บนจอ หรือแป้นพิมพ์ที่เสียบไว้):</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <source>Their PIN, 4 to 8 digits, not easy to guess:</source>
        <translation>PIN ตัวเลข 4 ถึง 8 หลัก ที่เดาได้ยาก:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>PIN เดิมอีกครั้ง:</translation>
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
        <translation>เก่า %1 วินาที</translation>
    </message>
    <message>
        <source>%1 min old</source>
        <translation>เก่า %1 นาที</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>เก่า %1 ชั่วโมง</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Swap receipt</source>
        <translation>ใบเสร็จการสลับ</translation>
    </message>
    <message>
        <source>The driver can scan the code to keep this swap&apos;s record.</source>
        <translation>คนขับสแกนรหัสเพื่อเก็บประวัติการสลับนี้ได้</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>ถูกยุติ</translation>
    </message>
    <message>
        <source>result unknown</source>
        <translation>ไม่ทราบผล</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>%1 (slot %2, %3 %)</source>
        <translation>%1 (ช่อง %2, %3 %)</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>รถ: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>ผล: %1</translation>
    </message>
    <message>
        <source>Packs removed: %1</source>
        <translation>แบตเตอรี่ที่ถอดออก: %1</translation>
    </message>
    <message>
        <source>Packs installed: %1</source>
        <translation>แบตเตอรี่ที่ติดตั้ง: %1</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (metered into the packs installed)</source>
        <translation>พลังงานที่จ่าย: %1 kWh (วัดจากการชาร์จเข้าแบตเตอรี่ที่ติดตั้ง)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (estimated from the packs&apos; SoC)</source>
        <translation>พลังงานที่จ่าย: %1 kWh (ประมาณจาก SoC ของแบตเตอรี่)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh</source>
        <translation>พลังงานที่จ่าย: %1 kWh</translation>
    </message>
    <message>
        <source>Duration: %1 min %2 s</source>
        <translation>ระยะเวลา: %1 นาที %2 วินาที</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>สิ้นสุด: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>ธุรกรรม: %1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>สถานี: %1</translation>
    </message>
    <message>
        <source>NOT RECORDED in the station journal: %1</source>
        <translation>ไม่ได้บันทึกในสมุดบันทึกของสถานี: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a lock head jammed</source>
        <translation>หัวล็อกติดขัด</translation>
    </message>
    <message>
        <source>the lift read an overload</source>
        <translation>แท่นยกอ่านค่าน้ำหนักเกิน</translation>
    </message>
    <message>
        <source>the shuttle stopped off its slot</source>
        <translation>ชัตเทิลหยุดไม่ตรงช่อง</translation>
    </message>
    <message>
        <source>a slot&apos;s charger is faulted</source>
        <translation>เครื่องชาร์จของช่องขัดข้อง</translation>
    </message>
    <message>
        <source>a pack&apos;s insulation is too low</source>
        <translation>ค่าฉนวนของแบตเตอรี่ต่ำเกินไป</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned</source>
        <translation>จัดตำแหน่งรถไม่ได้</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>หยุดฉุกเฉิน</translation>
    </message>
    <message>
        <source>someone crossed the bay light curtain</source>
        <translation>มีคนผ่านม่านแสงของจุดจอด</translation>
    </message>
    <message>
        <source>the controller lost this console&apos;s heartbeat</source>
        <translation>ตัวควบคุมไม่ได้รับ heartbeat ของคอนโซลนี้</translation>
    </message>
    <message>
        <source>the installed pack is not the planned one</source>
        <translation>แบตเตอรี่ที่ติดตั้งไม่ตรงกับแผน</translation>
    </message>
    <message>
        <source>the pack&apos;s BMS did not answer</source>
        <translation>BMS ของแบตเตอรี่ไม่ตอบ</translation>
    </message>
    <message>
        <source>the vehicle&apos;s HV interlock is open</source>
        <translation>อินเตอร์ล็อก HV ของรถเปิดอยู่</translation>
    </message>
    <message>
        <source>a swap was aborted mid-way</source>
        <translation>การสลับถูกยุติกลางคัน</translation>
    </message>
    <message>
        <source>a pack raised an alarm</source>
        <translation>แบตเตอรี่แจ้งสัญญาณเตือน</translation>
    </message>
    <message>
        <source>a station door is open</source>
        <translation>ประตูสถานีเปิดอยู่</translation>
    </message>
    <message>
        <source>the controller restarted during a swap</source>
        <translation>ตัวควบคุมรีสตาร์ตระหว่างการสลับ</translation>
    </message>
    <message>
        <source>the vehicle did not switch its HV off</source>
        <translation>รถไม่ได้ปิด HV</translation>
    </message>
    <message>
        <source>the vehicle did not confirm its parking brake</source>
        <translation>รถไม่ยืนยันการใช้เบรกจอด</translation>
    </message>
    <message>
        <source>the lift&apos;s load cell read a mass that is not the pack&apos;s</source>
        <translation>โหลดเซลล์ของแท่นยกอ่านน้ำหนักที่ไม่ใช่ของแบตเตอรี่</translation>
    </message>
    <message>
        <source>a lock head ended below its locking torque</source>
        <translation>หัวล็อกขันได้แรงบิดต่ำกว่าค่าล็อก</translation>
    </message>
    <message>
        <source>controller fault code %1</source>
        <translation>รหัสข้อขัดข้องของตัวควบคุม %1</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>ไม่ได้ระบุข้อขัดข้อง</translation>
    </message>
    <message>
        <source>the journal could not record the start: %1</source>
        <translation>สมุดบันทึกบันทึกการเริ่มไม่ได้: %1</translation>
    </message>
    <message>
        <source>the swap was not started: call a technician about the journal</source>
        <translation>ไม่ได้เริ่มการสลับ: เรียกช่างเทคนิคมาตรวจสมุดบันทึก</translation>
    </message>
    <message>
        <source>the controller does not know this command</source>
        <translation>ตัวควบคุมไม่รู้จักคำสั่งนี้</translation>
    </message>
    <message>
        <source>check that the controller&apos;s firmware speaks this console&apos;s register map</source>
        <translation>ตรวจว่าเฟิร์มแวร์ของตัวควบคุมรองรับแผนผังรีจิสเตอร์ของคอนโซลนี้</translation>
    </message>
    <message>
        <source>the controller found the command&apos;s values out of range</source>
        <translation>ตัวควบคุมพบว่าค่าในคำสั่งอยู่นอกช่วง</translation>
    </message>
    <message>
        <source>plan the swap again; if it repeats, call a technician</source>
        <translation>วางแผนการสลับใหม่ หากเกิดซ้ำ ให้เรียกช่างเทคนิค</translation>
    </message>
    <message>
        <source>the station is not in the right mode (automatic or maintenance)</source>
        <translation>สถานีไม่ได้อยู่ในโหมดที่ถูกต้อง (อัตโนมัติหรือบำรุงรักษา)</translation>
    </message>
    <message>
        <source>ask a technician to set the mode</source>
        <translation>ให้ช่างเทคนิคตั้งโหมด</translation>
    </message>
    <message>
        <source>the emergency stop is latched</source>
        <translation>หยุดฉุกเฉินค้างอยู่</translation>
    </message>
    <message>
        <source>make the bay safe and turn the reset key at the cabinet, then reset here</source>
        <translation>ทำให้จุดจอดปลอดภัยและบิดกุญแจรีเซ็ตที่ตู้ควบคุม แล้วรีเซ็ตที่นี่</translation>
    </message>
    <message>
        <source>a swap is already running</source>
        <translation>มีการสลับทำงานอยู่แล้ว</translation>
    </message>
    <message>
        <source>wait for it to end; it shows in the swap panel</source>
        <translation>รอให้เสร็จ ดูได้ที่แผงการสลับ</translation>
    </message>
    <message>
        <source>no vehicle is in position</source>
        <translation>ไม่มีรถอยู่ในตำแหน่ง</translation>
    </message>
    <message>
        <source>wait until the bay shows the vehicle in position, then start again</source>
        <translation>รอจนจุดจอดแสดงว่ารถอยู่ในตำแหน่ง แล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>a planned slot holds no pack</source>
        <translation>ช่องตามแผนไม่มีแบตเตอรี่</translation>
    </message>
    <message>
        <source>tap Start swap again: the console plans from the rack as it is now</source>
        <translation>แตะ “เริ่มสลับ” อีกครั้ง: คอนโซลจะวางแผนจากแร็คตามสภาพปัจจุบัน</translation>
    </message>
    <message>
        <source>there is no free slot for the depleted pack</source>
        <translation>ไม่มีช่องว่างสำหรับแบตเตอรี่ที่ใช้แล้ว</translation>
    </message>
    <message>
        <source>free a slot, or call a technician</source>
        <translation>ทำให้มีช่องว่าง หรือเรียกช่างเทคนิค</translation>
    </message>
    <message>
        <source>a fault is active at the controller</source>
        <translation>มีข้อขัดข้องที่ตัวควบคุม</translation>
    </message>
    <message>
        <source>follow the recovery steps to clear the fault, then start again</source>
        <translation>ทำตามขั้นตอนกู้คืนเพื่อล้างข้อขัดข้อง แล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>no swap is running</source>
        <translation>ไม่มีการสลับที่ทำอยู่</translation>
    </message>
    <message>
        <source>nothing to stop</source>
        <translation>ไม่มีอะไรให้หยุด</translation>
    </message>
    <message>
        <source>the bay sees a different number of pack blocks</source>
        <translation>จุดจอดตรวจพบจำนวนบล็อกแบตเตอรี่ไม่ตรง</translation>
    </message>
    <message>
        <source>check that the right vehicle is identified</source>
        <translation>ตรวจว่าระบุรถถูกคัน</translation>
    </message>
    <message>
        <source>motion is held after the controller lost this console&apos;s heartbeat</source>
        <translation>การเคลื่อนที่ถูกหยุดค้างไว้ หลังตัวควบคุมไม่ได้รับ heartbeat ของคอนโซลนี้</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume</source>
        <translation>ตรวจว่าจุดจอดว่าง แล้วทำต่อ</translation>
    </message>
    <message>
        <source>a planned pack is not available (charging, faulted, disabled or the wrong type)</source>
        <translation>แบตเตอรี่ตามแผนใช้ไม่ได้ (กำลังชาร์จ ขัดข้อง ปิดใช้ หรือผิดชนิด)</translation>
    </message>
    <message>
        <source>the emergency stop is still latched at the cabinet</source>
        <translation>หยุดฉุกเฉินยังค้างอยู่ที่ตู้ควบคุม</translation>
    </message>
    <message>
        <source>turn the reset key at the cabinet first, then reset here</source>
        <translation>บิดกุญแจรีเซ็ตที่ตู้ควบคุมก่อน แล้วรีเซ็ตที่นี่</translation>
    </message>
    <message>
        <source>no motion is held</source>
        <translation>ไม่มีการเคลื่อนที่ที่ถูกหยุดค้าง</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>ไม่มีอะไรให้ทำต่อ</translation>
    </message>
    <message>
        <source>the controller refused it with reason code %1</source>
        <translation>ตัวควบคุมปฏิเสธด้วยรหัสเหตุผล %1</translation>
    </message>
    <message>
        <source>call a technician with this code</source>
        <translation>แจ้งรหัสนี้กับช่างเทคนิค</translation>
    </message>
    <message>
        <source>the E-stop is still latched: make the bay safe and turn the reset key at the cabinet first</source>
        <translation>หยุดฉุกเฉินยังค้างอยู่: ทำให้จุดจอดปลอดภัยและบิดกุญแจรีเซ็ตที่ตู้ควบคุมก่อน</translation>
    </message>
    <message>
        <source>nothing to reset: the controller reports no fault</source>
        <translation>ไม่มีอะไรให้รีเซ็ต: ตัวควบคุมไม่ได้แจ้งข้อขัดข้อง</translation>
    </message>
    <message>
        <source>%1: only a technician may reset this; sign in as technician</source>
        <translation>%1: เฉพาะช่างเทคนิคเท่านั้นที่รีเซ็ตได้ เข้าสู่ระบบในฐานะช่างเทคนิค</translation>
    </message>
    <message>
        <source>nothing to resume: no motion is held</source>
        <translation>ไม่มีอะไรให้ทำต่อ: ไม่มีการเคลื่อนที่ที่ถูกหยุดค้าง</translation>
    </message>
    <message>
        <source>nothing to retry: no vehicle&apos;s positioning failed</source>
        <translation>ไม่มีอะไรให้ลองใหม่: ไม่มีรถที่จัดตำแหน่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>ไม่มีช่อง %1</translation>
    </message>
    <message>
        <source>this needs the %1 role: sign in</source>
        <translation>ต้องใช้บทบาท %1: เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>homing needs maintenance mode: a signed-in technician selects it</source>
        <translation>การโฮมแกนต้องใช้โหมดบำรุงรักษา: ช่างเทคนิคที่เข้าสู่ระบบเป็นผู้เลือก</translation>
    </message>
    <message>
        <source>a swap is running: wait for it to end or abort it</source>
        <translation>การสลับกำลังทำงาน: รอให้เสร็จหรือยุติ</translation>
    </message>
    <message>
        <source>first the steps above: the station is not ready for a swap yet</source>
        <translation>ทำขั้นตอนด้านบนก่อน: สถานียังไม่พร้อมสลับ</translation>
    </message>
    <message>
        <source>the link to the controller is down: nothing can be sent, and what is shown is the last known state</source>
        <translation>การเชื่อมต่อกับตัวควบคุมขาด: ส่งอะไรไม่ได้ และที่แสดงอยู่คือสถานะล่าสุดที่ทราบ</translation>
    </message>
    <message>
        <source>no data from the station yet</source>
        <translation>ยังไม่มีข้อมูลจากสถานี</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is already %2</source>
        <translation>เครื่องชาร์จของช่อง %1 อยู่ในสถานะ %2 แล้ว</translation>
    </message>
    <message>
        <source>a station door is open: close it first</source>
        <translation>ประตูสถานีเปิดอยู่: ปิดประตูก่อน</translation>
    </message>
    <message>
        <source>the station is already in %1 mode</source>
        <translation>สถานีอยู่ในโหมด %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>a lock head moves only in maintenance mode: select it first</source>
        <translation>หัวล็อกขยับได้เฉพาะในโหมดบำรุงรักษา: เลือกโหมดนี้ก่อน</translation>
    </message>
    <message>
        <source>there is no lock head %1</source>
        <translation>ไม่มีหัวล็อก %1</translation>
    </message>
    <message>
        <source>lock head %1 is already %2</source>
        <translation>หัวล็อก %1 อยู่ในสถานะ %2 แล้ว</translation>
    </message>
    <message>
        <source>lock head %1 ended below its torque: unlock it first</source>
        <translation>หัวล็อก %1 ขันได้แรงบิดต่ำกว่าค่ากำหนด: ปลดล็อกก่อน</translation>
    </message>
    <message>
        <source>no vehicle in the bay</source>
        <translation>ไม่มีรถในจุดจอด</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, its packs locked</source>
        <translation>รถ %1 อยู่ในจุดจอด แบตเตอรี่ล็อกแล้ว</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, not locked (block %2): it must not drive off</source>
        <translation>รถ %1 อยู่ในจุดจอด ยังไม่ล็อก (บล็อก %2): ห้ามขับออก</translation>
    </message>
    <message>
        <source>lock head %1 jammed</source>
        <translation>หัวล็อก %1 ติดขัด</translation>
    </message>
    <message>
        <source>lock head %1 below its locking torque (%2 Nm)</source>
        <translation>หัวล็อก %1 แรงบิดต่ำกว่าค่าล็อก (%2 Nm)</translation>
    </message>
    <message>
        <source>the load cell read %1 kg, where a %2 kWh pack weighs %3 kg</source>
        <translation>โหลดเซลล์อ่านได้ %1 kg แต่แบตเตอรี่ %2 kWh หนัก %3 kg</translation>
    </message>
    <message>
        <source>a pack is on the lift (%1 kg, lift at %2 mm)</source>
        <translation>มีแบตเตอรี่อยู่บนแท่นยก (%1 kg, แท่นยกอยู่ที่ %2 mm)</translation>
    </message>
    <message>
        <source>the lift stands at %1 mm</source>
        <translation>แท่นยกอยู่ที่ %1 mm</translation>
    </message>
    <message>
        <source>a pack is on the shuttle (%1)</source>
        <translation>มีแบตเตอรี่อยู่บนชัตเทิล (%1)</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>ที่จุดจอด</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>ที่ช่อง %1</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>ระหว่างจุดหยุด</translation>
    </message>
    <message>
        <source>E-stop latched</source>
        <translation>หยุดฉุกเฉินค้างอยู่</translation>
    </message>
    <message>
        <source>E-stop key turned at the cabinet, the reset is still to confirm here</source>
        <translation>บิดกุญแจหยุดฉุกเฉินที่ตู้ควบคุมแล้ว ยังต้องยืนยันการรีเซ็ตที่นี่</translation>
    </message>
    <message>
        <source>motion held after the controller lost this console&apos;s heartbeat</source>
        <translation>การเคลื่อนที่ถูกหยุดค้าง หลังตัวควบคุมไม่ได้รับ heartbeat ของคอนโซลนี้</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned (%1 tries)</source>
        <translation>จัดตำแหน่งรถไม่ได้ (ลอง %1 ครั้ง)</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is faulted</source>
        <translation>เครื่องชาร์จของช่อง %1 ขัดข้อง</translation>
    </message>
    <message>
        <source>all motion is stopped; keep clear of the lift and the shuttle while a pack is on them</source>
        <translation>การเคลื่อนที่ทั้งหมดหยุดแล้ว อยู่ห่างจากแท่นยกและชัตเทิลขณะมีแบตเตอรี่อยู่บนนั้น</translation>
    </message>
    <message>
        <source>motion is held and will not start again until someone here resumes it or aborts the swap</source>
        <translation>การเคลื่อนที่ถูกหยุดค้าง และจะไม่เริ่มอีกจนกว่าผู้อยู่ที่นี่จะสั่งทำต่อหรือยุติการสลับ</translation>
    </message>
    <message>
        <source>the swap machinery is safe; only the faulted charger is stopped</source>
        <translation>เครื่องจักรสลับแบตเตอรี่ปลอดภัย เฉพาะเครื่องชาร์จที่ขัดข้องเท่านั้นที่หยุด</translation>
    </message>
    <message>
        <source>no motion in the bay; the driver waits for a signal</source>
        <translation>ไม่มีการเคลื่อนที่ในจุดจอด คนขับรอสัญญาณ</translation>
    </message>
    <message>
        <source>the controller holds motion when it stops seeing this console; it will wait for someone here to resume</source>
        <translation>ตัวควบคุมจะหยุดการเคลื่อนที่ค้างไว้เมื่อไม่เห็นคอนโซลนี้ และจะรอให้ผู้อยู่ที่นี่สั่งทำต่อ</translation>
    </message>
    <message>
        <source>the link to the controller is down; last known</source>
        <translation>การเชื่อมต่อกับตัวควบคุมขาด: ค่าล่าสุดที่ทราบ</translation>
    </message>
    <message>
        <source>slot %1&apos;s pack has low insulation: disable slot %2&apos;s charger, which isolates the pack (a reset does not cure it); a technician quarantines it</source>
        <translation>แบตเตอรี่ในช่อง %1 ค่าฉนวนต่ำ: ปิดใช้เครื่องชาร์จของช่อง %2 เพื่อแยกแบตเตอรี่ออก (การรีเซ็ตแก้ไม่ได้) ช่างเทคนิคเป็นผู้กักกัน</translation>
    </message>
    <message>
        <source>check the serial cable and the controller&apos;s power; the console reconnects by itself and then shows what the controller says</source>
        <translation>ตรวจสายซีเรียลและไฟเลี้ยงของตัวควบคุม คอนโซลจะเชื่อมต่อใหม่เองแล้วแสดงข้อมูลจากตัวควบคุม</translation>
    </message>
    <message>
        <source>clear the bay and make sure nobody is inside the light curtain</source>
        <translation>เคลียร์จุดจอดให้ว่าง และตรวจให้แน่ใจว่าไม่มีใครอยู่ในเขตม่านแสง</translation>
    </message>
    <message>
        <source>turn the E-stop reset key at the cabinet</source>
        <translation>บิดกุญแจรีเซ็ตหยุดฉุกเฉินที่ตู้ควบคุม</translation>
    </message>
    <message>
        <source>reset faults here: the controller returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>รีเซ็ตข้อขัดข้องที่นี่: ตัวควบคุมจะนำแบตเตอรี่ที่ค้างระหว่างทางกลับเข้าช่องว่าง และล็อกแบตเตอรี่ของรถ</translation>
    </message>
    <message>
        <source>a technician (signed in) resets here after freeing the cause: the controller then returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>ช่างเทคนิค (ที่เข้าสู่ระบบ) รีเซ็ตที่นี่หลังแก้สาเหตุแล้ว: จากนั้นตัวควบคุมจะนำแบตเตอรี่ที่ค้างระหว่างทางกลับเข้าช่องว่าง และล็อกแบตเตอรี่ของรถ</translation>
    </message>
    <message>
        <source>next, technician: maintenance. Call a technician; in maintenance mode they free the jam, check the lift or realign the shuttle</source>
        <translation>ขั้นต่อไป ช่างเทคนิค: บำรุงรักษา เรียกช่างเทคนิค ในโหมดบำรุงรักษาช่างจะแก้การติดขัด ตรวจแท่นยก หรือปรับแนวชัตเทิล</translation>
    </message>
    <message>
        <source>keep the vehicle where it is: do not let it drive off</source>
        <translation>ให้รถอยู่ที่เดิม: ห้ามให้ขับออก</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume: the swap continues from where it held</source>
        <translation>ตรวจว่าจุดจอดว่าง แล้วทำต่อ: การสลับจะดำเนินต่อจากจุดที่หยุดค้าง</translation>
    </message>
    <message>
        <source>or abort the swap: the controller stops it where it stands</source>
        <translation>หรือยุติการสลับ: ตัวควบคุมจะหยุดไว้ที่ตำแหน่งปัจจุบัน</translation>
    </message>
    <message>
        <source>then start the swap again for the vehicle in the bay</source>
        <translation>แล้วเริ่มการสลับใหม่สำหรับรถในจุดจอด</translation>
    </message>
    <message>
        <source>guide the driver back to the start of the wheel guides</source>
        <translation>นำทางคนขับให้ถอยกลับไปที่จุดเริ่มของรางนำล้อ</translation>
    </message>
    <message>
        <source>retry positioning: the driver drives onto the guides again</source>
        <translation>ลองจัดตำแหน่งใหม่: คนขับขับขึ้นรางนำล้ออีกครั้ง</translation>
    </message>
    <message>
        <source>reset faults here: this resets the faulted charger (and, as every reset, lets the controller move a pack in transit, so the bay must be clear)</source>
        <translation>รีเซ็ตข้อขัดข้องที่นี่: เป็นการรีเซ็ตเครื่องชาร์จที่ขัดข้อง (และเช่นเดียวกับการรีเซ็ตทุกครั้ง ตัวควบคุมอาจเคลื่อนแบตเตอรี่ที่ค้างระหว่างทาง จุดจอดจึงต้องว่าง)</translation>
    </message>
    <message>
        <source>if it faults again, disable slot %1&apos;s charger and call a technician; its pack is not used for swaps while it is disabled</source>
        <translation>หากขัดข้องอีก ให้ปิดใช้เครื่องชาร์จของช่อง %1 และเรียกช่างเทคนิค แบตเตอรี่ในช่องนั้นจะไม่ถูกใช้สลับขณะปิดใช้</translation>
    </message>
    <message>
        <source>technician: home the axes (lift down, shuttle to the bay)</source>
        <translation>ช่างเทคนิค: โฮมแกน (แท่นยกลง ชัตเทิลไปที่จุดจอด)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode when the work is done</source>
        <translation>ช่างเทคนิค: คืนสถานีเป็นโหมดอัตโนมัติเมื่อทำงานเสร็จ</translation>
    </message>
    <message>
        <source>the driver switches the vehicle off (HV off) and keeps it off until the swap ends</source>
        <translation>คนขับปิดรถ (ปิด HV) และไม่เปิดจนกว่าการสลับจะเสร็จ</translation>
    </message>
    <message>
        <source>the driver sets the parking brake and keeps it set until the swap ends</source>
        <translation>คนขับใช้เบรกจอดและคงไว้จนกว่าการสลับจะเสร็จ</translation>
    </message>
    <message>
        <source>close the station door: nothing moves and no swap starts while it is open</source>
        <translation>ปิดประตูสถานี: ขณะประตูเปิด จะไม่มีสิ่งใดเคลื่อนที่และเริ่มการสลับไม่ได้</translation>
    </message>
    <message>
        <source>technician: check the pack on the lift against its type and the load cell before the reset</source>
        <translation>ช่างเทคนิค: ตรวจแบตเตอรี่บนแท่นยกเทียบกับชนิด และตรวจโหลดเซลล์ก่อนรีเซ็ต</translation>
    </message>
    <message>
        <source>technician: select maintenance mode to re-lock the lock head</source>
        <translation>ช่างเทคนิค: เลือกโหมดบำรุงรักษาเพื่อล็อกหัวล็อกใหม่</translation>
    </message>
    <message>
        <source>hold Unlock head until lock head %1 reads unlocked</source>
        <translation>กด “ปลดล็อกหัว” ค้างไว้จนหัวล็อก %1 แสดงว่าปลดล็อกแล้ว</translation>
    </message>
    <message>
        <source>hold Lock head until lock head %1 reads locked, its torque in the window (180-250 Nm)</source>
        <translation>กด “ล็อกหัว” ค้างไว้จนหัวล็อก %1 แสดงว่าล็อกแล้ว และแรงบิดอยู่ในช่วง (180-250 Nm)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode</source>
        <translation>ช่างเทคนิค: คืนสถานีเป็นโหมดอัตโนมัติ</translation>
    </message>
    <message>
        <source>the station is in maintenance mode: no swap starts until it is automatic</source>
        <translation>สถานีอยู่ในโหมดบำรุงรักษา: เริ่มการสลับไม่ได้จนกว่าจะเป็นโหมดอัตโนมัติ</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>ผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>ช่างเทคนิค</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>บำรุงรักษา</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ล็อกแล้ว</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>ปลดล็อกแล้ว</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ปิดใช้</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>เปิดใช้</translation>
    </message>
    <message>
        <source>the rack has no free slot for the vehicle&apos;s first pack: the stopped swap put a pack back into it. A technician takes one pack out of the rack in maintenance mode, or the vehicle leaves as it is (its packs are locked)</source>
        <translation>แร็คไม่มีช่องว่างสำหรับแบตเตอรี่ลูกแรกของรถ: การสลับที่หยุดไปได้นำแบตเตอรี่กลับเข้าแร็คแล้ว ช่างเทคนิคนำแบตเตอรี่ออกจากแร็คหนึ่งลูกในโหมดบำรุงรักษา หรือให้รถออกไปตามสภาพ (แบตเตอรี่ของรถล็อกอยู่)</translation>
    </message>
    <message>
        <source>a move runs in direction -1 or 1</source>
        <translation>การเคลื่อนที่ต้องมีทิศทาง -1 หรือ 1</translation>
    </message>
    <message>
        <source>the controller&apos;s protocol has no such move (it needs protocol 3.2)</source>
        <translation>โปรโตคอลของตัวควบคุมไม่มีการเคลื่อนที่นี้ (ต้องใช้โปรโตคอล 3.2)</translation>
    </message>
    <message>
        <source>the link to the controller is down</source>
        <translation>การเชื่อมต่อกับตัวควบคุมขาด</translation>
    </message>
    <message>
        <source>the move stopped: the button was released</source>
        <translation>หยุดเคลื่อนที่: ปล่อยปุ่มแล้ว</translation>
    </message>
    <message>
        <source>the move stopped: the link to the controller failed, so the console stopped holding it; the controller stops it by itself</source>
        <translation>หยุดเคลื่อนที่: การเชื่อมต่อกับตัวควบคุมล้มเหลว คอนโซลจึงเลิกสั่งค้าง ตัวควบคุมจะหยุดเอง</translation>
    </message>
    <message>
        <source>the move stopped: this screen stopped responding, so the console stopped holding it</source>
        <translation>หยุดเคลื่อนที่: หน้าจอนี้ไม่ตอบสนอง คอนโซลจึงเลิกสั่งค้าง</translation>
    </message>
    <message>
        <source>the move was not sent: %1</source>
        <translation>ไม่ได้ส่งคำสั่งเคลื่อนที่: %1</translation>
    </message>
    <message>
        <source>the controller refused the move&apos;s values (Modbus exception %1): a target it does not have, or a direction the move does not take</source>
        <translation>ตัวควบคุมปฏิเสธค่าของการเคลื่อนที่ (Modbus exception %1): เป้าหมายที่ไม่มีอยู่ หรือทิศทางที่การเคลื่อนที่นี้ไม่รองรับ</translation>
    </message>
    <message>
        <source>the move stopped: another move took its place</source>
        <translation>หยุดเคลื่อนที่: มีการเคลื่อนที่อื่นมาแทน</translation>
    </message>
    <message>
        <source>it does not move: the emergency stop is latched or not yet reset</source>
        <translation>ไม่เคลื่อนที่: หยุดฉุกเฉินค้างอยู่หรือยังไม่ได้รีเซ็ต</translation>
    </message>
    <message>
        <source>it does not move: motion is held after a lost heartbeat; resume first</source>
        <translation>ไม่เคลื่อนที่: การเคลื่อนที่ถูกหยุดค้างหลังขาด heartbeat ให้ทำต่อก่อน</translation>
    </message>
    <message>
        <source>it does not move: a swap is running</source>
        <translation>ไม่เคลื่อนที่: มีการสลับทำงานอยู่</translation>
    </message>
    <message>
        <source>it does not move: the station is not in maintenance mode</source>
        <translation>ไม่เคลื่อนที่: สถานีไม่ได้อยู่ในโหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>it does not move: the axes are homing</source>
        <translation>ไม่เคลื่อนที่: แกนกำลังโฮม</translation>
    </message>
    <message>
        <source>it does not move: a station door is open</source>
        <translation>ไม่เคลื่อนที่: ประตูสถานีเปิดอยู่</translation>
    </message>
    <message>
        <source>it stopped: the controller stopped hearing the button; release it and press again</source>
        <translation>หยุดแล้ว: ตัวควบคุมไม่ได้รับสัญญาณปุ่ม ปล่อยปุ่มแล้วกดใหม่</translation>
    </message>
    <message>
        <source>it stopped: a move may run 30 s at a time; release the button and press again</source>
        <translation>หยุดแล้ว: เคลื่อนที่ได้ครั้งละไม่เกิน 30 วินาที ปล่อยปุ่มแล้วกดใหม่</translation>
    </message>
    <message>
        <source>it does not move: no lock head or slot chosen</source>
        <translation>ไม่เคลื่อนที่: ยังไม่ได้เลือกหัวล็อกหรือช่อง</translation>
    </message>
    <message>
        <source>it does not move: the shuttle moves only with the lift down</source>
        <translation>ไม่เคลื่อนที่: ชัตเทิลเคลื่อนที่ได้เฉพาะเมื่อแท่นยกอยู่ล่าง</translation>
    </message>
    <message>
        <source>it does not move: the lift moves only with the shuttle at the bay or at a slot</source>
        <translation>ไม่เคลื่อนที่: แท่นยกเคลื่อนที่ได้เฉพาะเมื่อชัตเทิลอยู่ที่จุดจอดหรือที่ช่อง</translation>
    </message>
    <message>
        <source>it does not unlock: the vehicle has not confirmed HV off and its parking brake</source>
        <translation>ไม่ปลดล็อก: รถยังไม่ยืนยันการปิด HV และการใช้เบรกจอด</translation>
    </message>
    <message>
        <source>it is there: nothing more to move in that direction</source>
        <translation>ถึงแล้ว: ไม่มีระยะให้เคลื่อนที่ในทิศนั้นอีก</translation>
    </message>
    <message>
        <source>the lock ended below its torque window: the head is faulted; unlock it and lock it again</source>
        <translation>ล็อกได้แรงบิดต่ำกว่าช่วงที่กำหนด: หัวขัดข้อง ปลดล็อกแล้วล็อกใหม่</translation>
    </message>
    <message>
        <source>it does not move: the controller gives reason code %1</source>
        <translation>ไม่เคลื่อนที่: ตัวควบคุมแจ้งรหัสเหตุผล %1</translation>
    </message>
    <message>
        <source>homed: the lift is down and the shuttle at the bay</source>
        <translation>โฮมแล้ว: แท่นยกอยู่ล่าง ชัตเทิลอยู่ที่จุดจอด</translation>
    </message>
    <message>
        <source>%1; chosen by %2: %3. %4</source>
        <translation>%1; เลือกตาม %2: %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rack&apos;s type %1 packs are ready</source>
        <translation>
            <numerusform>แบตเตอรี่ชนิด %1 ในแร็คพร้อม %n ลูก</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1 แล้วตามด้วย %2</translation>
    </message>
    <message>
        <source>slot %1 (%2 % SoC, %3 % SoH, %4)</source>
        <translation>ช่อง %1 (SoC %2 %, SoH %3 %, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n รอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>cycles unknown</source>
        <translation>ไม่ทราบจำนวนรอบ</translation>
    </message>
    <message>
        <source>Depleted pack to slot %1.</source>
        <translation>แบตเตอรี่ที่ใช้แล้วเข้าช่อง %1</translation>
    </message>
    <message>
        <source>Block 1 carries no pack: nothing to take out first.</source>
        <translation>บล็อก 1 ไม่มีแบตเตอรี่: ไม่ต้องถอดออกก่อน</translation>
    </message>
    <message numerus="yes">
        <source>needs %n packs of type %1, %2</source>
        <translation>
            <numerusform>ต้องใช้แบตเตอรี่ชนิด %1 จำนวน %n ลูก, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>พร้อม %n ลูก</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rack holds no type %2 pack</source>
        <translation>%1: แร็คไม่มีแบตเตอรี่ชนิด %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; enough ready in about %3 min</source>
        <translation>%1: %2; จะพร้อมครบในอีกประมาณ %3 นาที</translation>
    </message>
    <message>
        <source>no free slot for the depleted pack: every slot holds a pack</source>
        <translation>ไม่มีช่องว่างสำหรับแบตเตอรี่ที่ใช้แล้ว: ทุกช่องมีแบตเตอรี่</translation>
    </message>
    <message numerus="yes">
        <source>%n without a pack code</source>
        <translation>
            <numerusform>ไม่มีรหัสแบตเตอรี่ %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>ถูกกักกัน %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>ถูกจอง %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a charger fault</source>
        <translation>
            <numerusform>เครื่องชาร์จขัดข้อง %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in disabled slots</source>
        <translation>
            <numerusform>อยู่ในช่องที่ปิดใช้ %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with invalid readings</source>
        <translation>
            <numerusform>ค่าที่อ่านไม่ถูกต้อง %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in poor health</source>
        <translation>
            <numerusform>สุขภาพไม่ดี %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the temperature out of range</source>
        <translation>
            <numerusform>อุณหภูมินอกช่วง %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with insulation low</source>
        <translation>
            <numerusform>ค่าฉนวนต่ำ %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging</source>
        <translation>
            <numerusform>กำลังชาร์จ %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged</source>
        <translation>
            <numerusform>ยังชาร์จไม่พอ %n ลูก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at alarm level %1</source>
        <translation>
            <numerusform>มีสัญญาณเตือนระดับ %1 จำนวน %n ลูก</numerusform>
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
        <translation>SoC สูงสุด</translation>
    </message>
    <message>
        <source>fewest cycles</source>
        <translation>จำนวนรอบน้อยสุด</translation>
    </message>
    <message>
        <source>best health</source>
        <translation>สุขภาพดีที่สุด</translation>
    </message>
    <message>
        <source>coolest</source>
        <translation>เย็นที่สุด</translation>
    </message>
    <message>
        <source>lowest slot</source>
        <translation>ช่องหมายเลขต่ำสุด</translation>
    </message>
    <message>
        <source>motion held: the controller lost the console&apos;s heartbeat</source>
        <translation>การเคลื่อนที่หยุดค้าง: ตัวควบคุมไม่ได้รับ heartbeat ของคอนโซล</translation>
    </message>
    <message>
        <source>the bay light curtain is interrupted</source>
        <translation>ม่านแสงของจุดจอดถูกบัง</translation>
    </message>
    <message>
        <source>controller faults: %1</source>
        <translation>ข้อขัดข้องของตัวควบคุม: %1</translation>
    </message>
    <message>
        <source>no reason given by the controller</source>
        <translation>ตัวควบคุมไม่ได้ระบุเหตุผล</translation>
    </message>
    <message>
        <source>enter the person&apos;s name</source>
        <translation>ป้อนชื่อบุคคล</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>ชื่อมีได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>a name is letters, digits, spaces and . - &apos; only</source>
        <translation>ชื่อมีได้เฉพาะตัวอักษร ตัวเลข เว้นวรรค และ . - &apos; เท่านั้น</translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation>มีผู้ใช้ชื่อ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>ไม่มีผู้ใช้ชื่อ %1</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN ต้องเป็นตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 1234): choose another</source>
        <translation>PIN นั้นเดาง่ายเกินไป (ตัวเลขเดียวซ้ำกัน หรือเรียงกันเช่น 1234): เลือก PIN อื่น</translation>
    </message>
    <message>
        <source>another user has that PIN: choose another</source>
        <translation>ผู้ใช้อื่นใช้ PIN นั้นแล้ว: เลือก PIN อื่น</translation>
    </message>
    <message>
        <source>the two PINs differ: enter the same PIN twice</source>
        <translation>PIN ทั้งสองไม่ตรงกัน: ป้อน PIN เดียวกันสองครั้ง</translation>
    </message>
    <message>
        <source>another user has that badge</source>
        <translation>ผู้ใช้อื่นใช้บัตรนั้นแล้ว</translation>
    </message>
    <message>
        <source>a badge reads at least 4 characters</source>
        <translation>บัตรต้องอ่านได้อย่างน้อย 4 ตัวอักษร</translation>
    </message>
    <message>
        <source>wrong PIN (%1 of %2 tries)</source>
        <translation>PIN ผิด (ครั้งที่ %1 จาก %2)</translation>
    </message>
    <message>
        <source>too many wrong PINs: sign-in is locked for %1 s</source>
        <translation>PIN ผิดหลายครั้งเกินไป: ล็อกการเข้าสู่ระบบ %1 วินาที</translation>
    </message>
    <message>
        <source>wrong PIN, %1 times: sign-in is locked for %2 s</source>
        <translation>PIN ผิด %1 ครั้ง: ล็อกการเข้าสู่ระบบ %2 วินาที</translation>
    </message>
    <message>
        <source>that badge belongs to no user</source>
        <translation>บัตรนั้นไม่ใช่ของผู้ใช้คนใด</translation>
    </message>
    <message>
        <source>%1 is disabled: a supervisor can enable them again</source>
        <translation>%1 ถูกปิดใช้: หัวหน้างานเปิดใช้อีกครั้งได้</translation>
    </message>
    <message>
        <source>%1 is a training user: training users sign in on the simulated station only</source>
        <translation>%1 เป็นผู้ใช้สำหรับฝึก: ผู้ใช้สำหรับฝึกเข้าสู่ระบบได้เฉพาะในสถานีจำลอง</translation>
    </message>
    <message>
        <source>%1 is the last supervisor: add another supervisor first</source>
        <translation>%1 เป็นหัวหน้างานคนสุดท้าย: เพิ่มหัวหน้างานอีกคนก่อน</translation>
    </message>
    <message>
        <source>enter the PIN first</source>
        <translation>ป้อน PIN ก่อน</translation>
    </message>
    <message>
        <source>no one can sign in: the user file cannot be used (%1)</source>
        <translation>ไม่มีใครเข้าสู่ระบบได้: ใช้ไฟล์ผู้ใช้ไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>only a supervisor manages users</source>
        <translation>เฉพาะหัวหน้างานเท่านั้นที่จัดการผู้ใช้ได้</translation>
    </message>
    <message>
        <source>maintenance needs a signed-in technician or supervisor</source>
        <translation>บำรุงรักษาต้องมีช่างเทคนิคหรือหัวหน้างานเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>a swap is running: maintenance waits for it to end</source>
        <translation>การสลับกำลังทำงาน: บำรุงรักษาจะรอจนการสลับเสร็จ</translation>
    </message>
    <message>
        <source>the station is in maintenance already</source>
        <translation>สถานีอยู่ในโหมดบำรุงรักษาอยู่แล้ว</translation>
    </message>
    <message>
        <source>the station is not in maintenance</source>
        <translation>สถานีไม่ได้อยู่ในโหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>maintenance asked of the controller: it shows once the controller confirms</source>
        <translation>ขอโหมดบำรุงรักษาจากตัวควบคุมแล้ว: จะแสดงเมื่อตัวควบคุมยืนยัน</translation>
    </message>
    <message>
        <source>automatic operation asked of the controller</source>
        <translation>ขอการทำงานอัตโนมัติจากตัวควบคุมแล้ว</translation>
    </message>
    <message>
        <source>the controller confirms maintenance mode</source>
        <translation>ตัวควบคุมยืนยันโหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>the controller confirms automatic operation</source>
        <translation>ตัวควบคุมยืนยันการทำงานอัตโนมัติ</translation>
    </message>
    <message>
        <source>the station stays in maintenance until it is safe: %1</source>
        <translation>สถานีจะอยู่ในโหมดบำรุงรักษาจนกว่าจะปลอดภัย: %1</translation>
    </message>
    <message>
        <source>motion needs maintenance mode: enter it first</source>
        <translation>การเคลื่อนที่ต้องใช้โหมดบำรุงรักษา: เข้าโหมดนี้ก่อน</translation>
    </message>
    <message>
        <source>the move stopped: %1</source>
        <translation>หยุดเคลื่อนที่: %1</translation>
    </message>
    <message>
        <source>a second finger touched the screen</source>
        <translation>มีนิ้วที่สองแตะหน้าจอ</translation>
    </message>
    <message>
        <source>the console&apos;s window stopped being the active one</source>
        <translation>หน้าต่างคอนโซลไม่ได้เป็นหน้าต่างที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>the button went away (page changed, or signed out)</source>
        <translation>ปุ่มหายไป (เปลี่ยนหน้า หรือออกจากระบบ)</translation>
    </message>
    <message>
        <source>the lift is not down (home the axes)</source>
        <translation>แท่นยกไม่ได้อยู่ล่าง (โฮมแกน)</translation>
    </message>
    <message>
        <source>the shuttle is not at the bay (home the axes)</source>
        <translation>ชัตเทิลไม่ได้อยู่ที่จุดจอด (โฮมแกน)</translation>
    </message>
    <message>
        <source>a pack is on the lift</source>
        <translation>มีแบตเตอรี่อยู่บนแท่นยก</translation>
    </message>
    <message>
        <source>a pack is on the shuttle</source>
        <translation>มีแบตเตอรี่อยู่บนชัตเทิล</translation>
    </message>
    <message>
        <source>an axis is still moving</source>
        <translation>มีแกนที่ยังเคลื่อนที่อยู่</translation>
    </message>
    <message>
        <source>lock head %1 is faulted</source>
        <translation>หัวล็อก %1 ขัดข้อง</translation>
    </message>
    <message>
        <source>no data from the controller</source>
        <translation>ไม่มีข้อมูลจากตัวควบคุม</translation>
    </message>
    <message>
        <source>slot %1 is out of service: %2</source>
        <translation>ช่อง %1 งดใช้งาน: %2</translation>
    </message>
    <message>
        <source>slot %1 is out of service until %3: %2</source>
        <translation>ช่อง %1 งดใช้งานถึง %3: %2</translation>
    </message>
    <message>
        <source>slot %1 is back in service</source>
        <translation>ช่อง %1 กลับมาใช้งานแล้ว</translation>
    </message>
    <message>
        <source>slot %1 is out of service already</source>
        <translation>ช่อง %1 งดใช้งานอยู่แล้ว</translation>
    </message>
    <message>
        <source>slot %1 is in service</source>
        <translation>ช่อง %1 ใช้งานอยู่</translation>
    </message>
    <message>
        <source>say why the slot is out of service</source>
        <translation>ระบุเหตุผลที่ช่องงดใช้งาน</translation>
    </message>
    <message>
        <source>slot %1 is in the running swap</source>
        <translation>ช่อง %1 อยู่ในการสลับที่กำลังทำ</translation>
    </message>
    <message>
        <source>that time has passed already</source>
        <translation>เวลานั้นผ่านไปแล้ว</translation>
    </message>
    <message>
        <source>charger repair</source>
        <translation>ซ่อมเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>connector worn</source>
        <translation>ขั้วต่อสึก</translation>
    </message>
    <message>
        <source>slot inspection</source>
        <translation>ตรวจช่อง</translation>
    </message>
    <message>
        <source>cooling fault</source>
        <translation>ระบบระบายความร้อนขัดข้อง</translation>
    </message>
    <message>
        <source>rack damage</source>
        <translation>แร็คเสียหาย</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>งานอื่น</translation>
    </message>
    <message>
        <source>no plate given</source>
        <translation>ไม่ได้ระบุทะเบียน</translation>
    </message>
    <message>
        <source>a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); not %1</source>
        <translation>ทะเบียนมีได้เฉพาะตัวอักษร ตัวเลข เว้นวรรค และขีดกลาง (ใช้พยัญชนะไทยได้) ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>a plate has %1 to %2 characters, not %3</source>
        <translation>ทะเบียนมี %1 ถึง %2 ตัวอักษร ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>a vehicle carries 1 to %1 pack blocks</source>
        <translation>รถมีบล็อกแบตเตอรี่ 1 ถึง %1 บล็อก</translation>
    </message>
    <message>
        <source>a vehicle needs a pack type</source>
        <translation>รถต้องมีชนิดแบตเตอรี่</translation>
    </message>
    <message>
        <source>that code is not a vehicle tag (4-40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;): scan again</source>
        <translation>รหัสนั้นไม่ใช่แท็กรถ (ตัวอักษร ตัวเลข &apos;:&apos; &apos;_&apos; หรือ &apos;-&apos; 4-40 ตัว): สแกนใหม่</translation>
    </message>
    <message>
        <source>no vehicle is registered with code %1</source>
        <translation>ไม่มีรถที่ลงทะเบียนด้วยรหัส %1</translation>
    </message>
    <message>
        <source>%1 is not a registered vehicle: check the plate, or ask the fleet office to register it</source>
        <translation>%1 ไม่ใช่รถที่ลงทะเบียนไว้: ตรวจทะเบียน หรือขอให้สำนักงานกองรถลงทะเบียนรถคันนี้</translation>
    </message>
    <message>
        <source>%1 is disabled at this station: a technician can enable it on the Vehicles page</source>
        <translation>%1 ถูกปิดใช้ที่สถานีนี้: ช่างเทคนิคเปิดใช้ได้ที่หน้า “รายการรถ”</translation>
    </message>
    <message>
        <source>only a signed-in technician or supervisor changes the vehicle registry</source>
        <translation>เฉพาะช่างเทคนิคหรือหัวหน้างานที่เข้าสู่ระบบแล้วเท่านั้นที่แก้ไขรายการรถได้</translation>
    </message>
    <message>
        <source>%1 is already registered: tap it in the list to edit it</source>
        <translation>%1 ลงทะเบียนไว้แล้ว: แตะในรายการเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 ไม่อยู่ในรายการรถ</translation>
    </message>
    <message>
        <source>the last change is still being recorded: try again in a moment</source>
        <translation>การเปลี่ยนแปลงล่าสุดยังบันทึกไม่เสร็จ: ลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>the journal could not record it, so nothing was changed: %1</source>
        <translation>สมุดบันทึกบันทึกไม่ได้ จึงไม่มีการเปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is registered (%2, type %3, %n blocks)</source>
        <translation>
            <numerusform>ลงทะเบียน %1 แล้ว (%2, ชนิด %3, %n บล็อก)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 เปลี่ยนแล้ว: %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>%1 is disabled: no swap starts for it until it is enabled again</source>
        <translation>%1 ถูกปิดใช้: จะเริ่มการสลับให้รถคันนี้ไม่ได้จนกว่าจะเปิดใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 is enabled: it may be swapped again</source>
        <translation>%1 เปิดใช้แล้ว: สลับได้อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 was already disabled</source>
        <translation>%1 ถูกปิดใช้อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 was already enabled</source>
        <translation>%1 เปิดใช้อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 imported: %2 new, %3 updated, %4 unchanged</source>
        <translation>นำเข้า %1 แล้ว: ใหม่ %2, อัปเดต %3, ไม่เปลี่ยน %4</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>กองรถ</translation>
    </message>
    <message>
        <source>model</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>pack type</source>
        <translation>ชนิดแบตเตอรี่</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>บล็อก</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>no fleet given: every vehicle belongs to a fleet</source>
        <translation>ไม่ได้ระบุกองรถ: รถทุกคันต้องอยู่ในกองรถ</translation>
    </message>
    <message>
        <source>a fleet&apos;s name has at most %1 characters, not %2</source>
        <translation>ชื่อกองรถมีได้ไม่เกิน %1 ตัวอักษร ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>a model&apos;s name has at most %1 characters, not %2</source>
        <translation>ชื่อรุ่นมีได้ไม่เกิน %1 ตัวอักษร ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>pack type %1: one of %2</source>
        <translation>ชนิดแบตเตอรี่ %1: ต้องเป็นหนึ่งใน %2</translation>
    </message>
    <message>
        <source>choose the vehicle&apos;s pack type</source>
        <translation>เลือกชนิดแบตเตอรี่ของรถ</translation>
    </message>
    <message>
        <source>blocks %1: a vehicle carries 1 to %2 pack blocks</source>
        <translation>บล็อก %1: รถมีบล็อกแบตเตอรี่ 1 ถึง %2 บล็อก</translation>
    </message>
    <message>
        <source>plate %1: %2</source>
        <translation>ทะเบียน %1: %2</translation>
    </message>
    <message>
        <source>tag %1: a tag is 4 to 40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>แท็ก %1: แท็กต้องเป็นตัวอักษร ตัวเลข &apos;:&apos; &apos;_&apos; หรือ &apos;-&apos; 4 ถึง 40 ตัว</translation>
    </message>
    <message>
        <source>at most %1 tags a vehicle, not %2</source>
        <translation>รถหนึ่งคันมีแท็กได้ไม่เกิน %1 แท็ก ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>tag %1 already names %2</source>
        <translation>แท็ก %1 ใช้กับ %2 อยู่แล้ว</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 อยู่ในบรรทัด %2 ด้วย</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 ในบรรทัด %2</translation>
    </message>
    <message>
        <source>%1 values where the first line names %2 columns</source>
        <translation>มี %1 ค่า แต่บรรทัดแรกระบุ %2 คอลัมน์</translation>
    </message>
    <message>
        <source>the first line must name the columns plate, fleet, model, pack_type, blocks (and tags, if any); it reads %1</source>
        <translation>บรรทัดแรกต้องระบุคอลัมน์ plate, fleet, model, pack_type, blocks (และ tags ถ้ามี) แต่อ่านได้ %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8</source>
        <translation>ไฟล์ไม่ใช่ข้อความ UTF-8 (บรรทัด %1, ไบต์ %2): บันทึกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>อ่านไฟล์เป็น CSV ไม่ได้: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB: a vehicle list is at most %2 MB</source>
        <translation>ไฟล์มีขนาด %1 MB: รายการรถมีได้ไม่เกิน %2 MB</translation>
    </message>
    <message>
        <source>the file lists no vehicles</source>
        <translation>ไฟล์ไม่มีรายการรถ</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines are wrong</source>
        <translation>
            <numerusform>มีบรรทัดผิดอีก %n บรรทัด</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>ไม่ได้นำเข้า %1 และไม่มีการเปลี่ยนแปลง: %2</translation>
    </message>
    <message>
        <source>nothing to acknowledge: the alarm is not unacknowledged</source>
        <translation>ไม่มีอะไรให้รับทราบ: สัญญาณเตือนไม่ได้อยู่ในสถานะยังไม่รับทราบ</translation>
    </message>
    <message>
        <source>acknowledging %1 needs the %2 role</source>
        <translation>การรับทราบ %1 ต้องใช้บทบาท %2</translation>
    </message>
    <message>
        <source>nothing to reset: the alarm is not latched with its cause gone</source>
        <translation>ไม่มีอะไรให้รีเซ็ต: สัญญาณเตือนไม่ได้ค้างรอรีเซ็ตหลังสาเหตุหมดไป</translation>
    </message>
    <message>
        <source>acknowledge the alarm before resetting it</source>
        <translation>รับทราบสัญญาณเตือนก่อนรีเซ็ต</translation>
    </message>
    <message>
        <source>resetting %1 needs the %2 role</source>
        <translation>การรีเซ็ต %1 ต้องใช้บทบาท %2</translation>
    </message>
    <message>
        <source>only an annunciated alarm can be shelved</source>
        <translation>พักได้เฉพาะสัญญาณเตือนที่กำลังแสดงอยู่</translation>
    </message>
    <message>
        <source>%1 may not be shelved</source>
        <translation>%1 พักไม่ได้</translation>
    </message>
    <message>
        <source>shelving needs the %1 role</source>
        <translation>การพักต้องใช้บทบาท %1</translation>
    </message>
    <message>
        <source>shelving needs a reason</source>
        <translation>การพักต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>shelve for at most %1 minutes</source>
        <translation>พักได้ไม่เกิน %1 นาที</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>สัญญาณเตือนไม่ได้พักไว้</translation>
    </message>
    <message>
        <source>unshelving needs the %1 role</source>
        <translation>การเลิกพักต้องใช้บทบาท %1</translation>
    </message>
    <message>
        <source>no such alarm point</source>
        <translation>ไม่มีจุดสัญญาณเตือนนี้</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs the technician role</source>
        <translation>การงดใช้งานสัญญาณเตือนต้องใช้บทบาทช่างเทคนิค</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs a reason</source>
        <translation>การงดใช้งานสัญญาณเตือนต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>the alarm is in service</source>
        <translation>สัญญาณเตือนใช้งานอยู่</translation>
    </message>
    <message>
        <source>recording the start in the journal</source>
        <translation>กำลังบันทึกการเริ่มลงสมุดบันทึก</translation>
    </message>
    <message>
        <source>the start was not sent: the journal could not record it</source>
        <translation>ไม่ได้ส่งคำสั่งเริ่ม: สมุดบันทึกบันทึกไม่ได้</translation>
    </message>
    <message>
        <source>start sent: waiting for the controller</source>
        <translation>ส่งคำสั่งเริ่มแล้ว: กำลังรอตัวควบคุม</translation>
    </message>
    <message>
        <source>abort requested: the controller brings the step to a safe stop</source>
        <translation>ขอยุติแล้ว: ตัวควบคุมจะหยุดขั้นตอนอย่างปลอดภัย</translation>
    </message>
    <message>
        <source>the controller did not start the swap: %1</source>
        <translation>ตัวควบคุมไม่ได้เริ่มการสลับ: %1</translation>
    </message>
    <message>
        <source>no answer to the start command: watching the station to learn whether it started</source>
        <translation>ยังไม่มีคำตอบต่อคำสั่งเริ่ม: กำลังดูสถานีว่าการสลับเริ่มหรือไม่</translation>
    </message>
    <message>
        <source>the abort was not confirmed by the controller (%1)</source>
        <translation>ตัวควบคุมไม่ได้ยืนยันการยุติ (%1)</translation>
    </message>
    <message>
        <source>the controller has no swap running: the start never took effect</source>
        <translation>ตัวควบคุมไม่มีการสลับที่ทำอยู่: คำสั่งเริ่มไม่มีผล</translation>
    </message>
    <message>
        <source>the start command got no answer and never ran</source>
        <translation>คำสั่งเริ่มไม่ได้รับคำตอบและไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>swap running</source>
        <translation>กำลังสลับ</translation>
    </message>
    <message>
        <source>swap running, %1</source>
        <translation>กำลังสลับ %1</translation>
    </message>
    <message>
        <source>swap already running when the console connected, %1</source>
        <translation>การสลับทำงานอยู่แล้วเมื่อคอนโซลเชื่อมต่อ %1</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>เริ่มจากปุ่มที่จุดจอด</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>เริ่มจากเทอร์มินัลอื่น</translation>
    </message>
    <message>
        <source>started from this console</source>
        <translation>เริ่มจากคอนโซลนี้</translation>
    </message>
    <message>
        <source>swap completed</source>
        <translation>สลับเสร็จแล้ว</translation>
    </message>
    <message>
        <source>swap completed, but the console&apos;s check disagrees: %1</source>
        <translation>สลับเสร็จแล้ว แต่ผลตรวจของคอนโซลไม่ตรงกัน: %1</translation>
    </message>
    <message>
        <source>swap aborted</source>
        <translation>การสลับถูกยุติ</translation>
    </message>
    <message>
        <source>swap failed: %1</source>
        <translation>การสลับล้มเหลว: %1</translation>
    </message>
    <message>
        <source>the controller no longer reports this swap: its end is unknown</source>
        <translation>ตัวควบคุมไม่รายงานการสลับนี้แล้ว: ไม่ทราบว่าจบอย่างไร</translation>
    </message>
    <message>
        <source>the serial line went away (adapter unplugged, or the device server or simulator closed it): %1</source>
        <translation>สายซีเรียลหลุด (ถอดอะแดปเตอร์ออก หรือเซิร์ฟเวอร์อุปกรณ์หรือเครื่องจำลองปิดสาย): %1</translation>
    </message>
    <message>
        <source>answer failed its CRC check (noise on the line?)</source>
        <translation>คำตอบไม่ผ่านการตรวจ CRC (สัญญาณรบกวนในสาย?)</translation>
    </message>
    <message>
        <source>answer longer than expected (noise or a second talker)</source>
        <translation>คำตอบยาวกว่าที่คาด (สัญญาณรบกวน หรือมีอุปกรณ์อื่นส่งในสาย)</translation>
    </message>
    <message>
        <source>byte count %1 for %2 registers</source>
        <translation>จำนวนไบต์ %1 สำหรับรีจิสเตอร์ %2 ตัว</translation>
    </message>
    <message>
        <source>write echo %1 differs from the request</source>
        <translation>เอคโคการเขียน %1 ไม่ตรงกับคำขอ</translation>
    </message>
    <message>
        <source>write answer %1 differs from the request</source>
        <translation>คำตอบการเขียน %1 ไม่ตรงกับคำขอ</translation>
    </message>
    <message>
        <source>answer from unit %1, expected %2</source>
        <translation>คำตอบมาจากยูนิต %1 แทนที่จะเป็น %2</translation>
    </message>
    <message>
        <source>no valid answer within %1 ms, only %2 bytes of noise or a cut answer</source>
        <translation>ไม่มีคำตอบที่ถูกต้องภายใน %1 ms มีเพียงสัญญาณรบกวนหรือคำตอบที่ขาด %2 ไบต์</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>ไม่มีคำตอบภายใน %1 ms</translation>
    </message>
    <message>
        <source>answer cut short: %1 of %2 bytes</source>
        <translation>คำตอบไม่ครบ: %1 จาก %2 ไบต์</translation>
    </message>
    <message>
        <source>controller answered function %1 with exception %2 (%3)</source>
        <translation>ตัวควบคุมตอบฟังก์ชัน %1 ด้วย exception %2 (%3)</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>ฟังก์ชันไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>แอดเดรสข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>ค่าข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>อุปกรณ์ล้มเหลว</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>อุปกรณ์ไม่ว่าง</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>exception ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>serial port %1 does not exist: check that the USB adapter is plugged in (ls /dev/serial/by-id/) and that the path is right</source>
        <translation>ไม่มีพอร์ตซีเรียล %1: ตรวจว่าเสียบอะแดปเตอร์ USB แล้ว (ls /dev/serial/by-id/) และพาธถูกต้อง</translation>
    </message>
    <message>
        <source>no permission to open %1: add the console&apos;s user to the &apos;dialout&apos; group (see the README&apos;s udev notes)</source>
        <translation>ไม่มีสิทธิ์เปิด %1: เพิ่มผู้ใช้ของคอนโซลเข้ากลุ่ม &apos;dialout&apos; (ดูหมายเหตุเรื่อง udev ใน README)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the link is not connected</source>
        <translation>ยังไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>the device answers but is not a swap-station controller (identity %1, expected %2): check the unit id and the wiring</source>
        <translation>อุปกรณ์ตอบ แต่ไม่ใช่ตัวควบคุมสถานีสลับแบตเตอรี่ (ข้อมูลระบุตัว %1 ควรเป็น %2): ตรวจรหัสยูนิตและการเดินสาย</translation>
    </message>
    <message>
        <source>controller speaks protocol %1, this console %2: update one of them</source>
        <translation>ตัวควบคุมใช้โปรโตคอล %1 แต่คอนโซลนี้ใช้ %2: อัปเดตฝั่งใดฝั่งหนึ่ง</translation>
    </message>
    <message>
        <source>controller reports %1 rack slots</source>
        <translation>ตัวควบคุมรายงานว่าแร็คมี %1 ช่อง</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>กำลังเปิด %1</translation>
    </message>
    <message>
        <source>built-in simulated station</source>
        <translation>สถานีจำลองในตัว</translation>
    </message>
    <message>
        <source>%1 at %2 baud %3, unit %4</source>
        <translation>%1 ที่ %2 baud %3, ยูนิต %4</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, ยูนิต %2</translation>
    </message>
    <message>
        <source>no valid answer for %1 s (%2)</source>
        <translation>ไม่มีคำตอบที่ถูกต้องมา %1 วินาที (%2)</translation>
    </message>
    <message>
        <source>controller heartbeat has not changed for %1 s: the controller program may have stopped; its values are not current</source>
        <translation>heartbeat ของตัวควบคุมไม่เปลี่ยนมา %1 วินาที: โปรแกรมของตัวควบคุมอาจหยุดทำงาน ค่าที่แสดงไม่ใช่ค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>errors have cleared</source>
        <translation>ข้อผิดพลาดหายไปแล้ว</translation>
    </message>
    <message>
        <source>the controller answers again, heartbeat changing</source>
        <translation>ตัวควบคุมกลับมาตอบแล้ว heartbeat เปลี่ยนตามปกติ</translation>
    </message>
    <message>
        <source>controller answers, heartbeat changing</source>
        <translation>ตัวควบคุมตอบ heartbeat เปลี่ยนตามปกติ</translation>
    </message>
    <message>
        <source>errors on the line, recovered by retries; the controller answers</source>
        <translation>มีข้อผิดพลาดในสาย แต่ส่งซ้ำจนกลับมาปกติ ตัวควบคุมตอบอยู่</translation>
    </message>
    <message>
        <source>the console&apos;s screen has not responded for %1 s: the console heartbeat stops, so the controller holds motion</source>
        <translation>หน้าจอคอนโซลไม่ตอบสนองมา %1 วินาที: heartbeat ของคอนโซลหยุด ตัวควบคุมจึงหยุดการเคลื่อนที่ค้างไว้</translation>
    </message>
    <message>
        <source>the console&apos;s screen responds again: console heartbeat resumed</source>
        <translation>หน้าจอคอนโซลกลับมาตอบสนองแล้ว: heartbeat ของคอนโซลกลับมาทำงาน</translation>
    </message>
    <message>
        <source>the controller restarted</source>
        <translation>ตัวควบคุมรีสตาร์ต</translation>
    </message>
    <message>
        <source>the controller restarted while the link was down</source>
        <translation>ตัวควบคุมรีสตาร์ตระหว่างที่ขาดการเชื่อมต่อ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n command(s) it had not answered are unknown and will not be sent again</source>
        <translation>
            <numerusform>%1: %n คำสั่งที่ยังไม่ได้รับคำตอบไม่ทราบผล และจะไม่ส่งซ้ำ</numerusform>
        </translation>
    </message>
    <message>
        <source>the console closed the link before the controller answered</source>
        <translation>คอนโซลปิดการเชื่อมต่อก่อนที่ตัวควบคุมจะตอบ</translation>
    </message>
    <message>
        <source>not sent: the link to the controller is %1</source>
        <translation>ไม่ได้ส่ง: การเชื่อมต่อกับตัวควบคุม%1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>ยังไม่พร้อม (กำลังเชื่อมต่อ)</translation>
    </message>
    <message>
        <source>the controller restarted before it reported the end; check the station before repeating it</source>
        <translation>ตัวควบคุมรีสตาร์ตก่อนรายงานว่าเสร็จ ตรวจสถานีก่อนสั่งซ้ำ</translation>
    </message>
    <message>
        <source>not sent: the controller restarted; check the station, then send it again</source>
        <translation>ไม่ได้ส่ง: ตัวควบคุมรีสตาร์ต ตรวจสถานีแล้วจึงส่งใหม่</translation>
    </message>
    <message>
        <source>the controller answered sequence %1 for %2: another master on the line?</source>
        <translation>ตัวควบคุมตอบหมายเลขลำดับ %1 ให้กับ %2: มีมาสเตอร์อีกตัวในสาย?</translation>
    </message>
    <message>
        <source>the controller no longer reports it as running</source>
        <translation>ตัวควบคุมไม่รายงานว่าคำสั่งนี้กำลังทำงานแล้ว</translation>
    </message>
    <message>
        <source>a later command replaced its answer before it reported its end</source>
        <translation>คำสั่งที่ตามมาแทนที่คำตอบก่อนที่จะรายงานว่าเสร็จ</translation>
    </message>
    <message>
        <source>the controller&apos;s swap result now describes another swap</source>
        <translation>ผลการสลับของตัวควบคุมตอนนี้เป็นของการสลับอื่น</translation>
    </message>
    <message>
        <source>the controller reports no result for the swap it accepted</source>
        <translation>ตัวควบคุมไม่รายงานผลของการสลับที่รับไว้</translation>
    </message>
    <message>
        <source>accepted, but its end was not reported in time: check the station</source>
        <translation>รับคำสั่งแล้ว แต่ไม่ได้รายงานว่าเสร็จภายในเวลา: ตรวจสถานี</translation>
    </message>
    <message>
        <source>not sent: the link could not carry it in time</source>
        <translation>ไม่ได้ส่ง: การเชื่อมต่อส่งไม่ทันเวลา</translation>
    </message>
    <message>
        <source>no answer in time: the command may or may not have been carried out; check the station before repeating it</source>
        <translation>ไม่มีคำตอบภายในเวลา: คำสั่งอาจทำแล้วหรือยังไม่ทำก็ได้ ตรวจสถานีก่อนสั่งซ้ำ</translation>
    </message>
    <message>
        <source>not sent: the link went down</source>
        <translation>ไม่ได้ส่ง: การเชื่อมต่อขาด</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>ไม่มีสมุดบันทึกที่ %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>การตรวจความสมบูรณ์ SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>การตรวจความสมบูรณ์ SQLite</translation>
    </message>
    <message>
        <source>schema: %1 of %2 steps applied; the console applies the rest at its next start</source>
        <translation>สคีมา: ใช้แล้ว %1 จาก %2 ขั้น คอนโซลจะใช้ขั้นที่เหลือเมื่อเริ่มครั้งถัดไป</translation>
    </message>
    <message>
        <source>no records yet: the journal&apos;s tables are not all made</source>
        <translation>ยังไม่มีรายการ: ยังสร้างตารางของสมุดบันทึกไม่ครบ</translation>
    </message>
    <message>
        <source>row %1: its predecessor is missing or was changed</source>
        <translation>แถว %1: แถวก่อนหน้าหายไปหรือถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>row %1: its contents were changed after it was written</source>
        <translation>แถว %1: เนื้อหาถูกเปลี่ยนหลังจากเขียนแล้ว</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but %2 rows were written: rows were removed from its end</source>
        <translation>สายโซ่สิ้นสุดที่แถว %1 แต่เขียนไปแล้ว %2 แถว: มีแถวถูกลบออกจากท้ายสายโซ่</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>สายโซ่ตรวจสอบ: %1</translation>
    </message>
    <message numerus="yes">
        <source>audit chain of %n rows</source>
        <translation>
            <numerusform>สายโซ่ตรวจสอบ %n แถว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tamper seal over %n records, keyed</source>
        <translation>
            <numerusform>ซีลป้องกันการดัดแปลงครอบคลุม %n รายการ ตรวจด้วยคีย์แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events archived (the fleet holds them)</source>
        <translation>
            <numerusform>เก็บถาวร %n เหตุการณ์แล้ว (กองรถเก็บไว้)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox: %n rows point at no event</source>
        <translation>
            <numerusform>กล่องขาออก: %n แถวไม่ชี้ไปยังเหตุการณ์ใด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox consistent, %n events not yet sent</source>
        <translation>
            <numerusform>กล่องขาออกสอดคล้องกัน ยังไม่ได้ส่ง %n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>tamper seal not checked: no station key given (--key-file)</source>
        <translation>ไม่ได้ตรวจซีลป้องกันการดัดแปลง: ไม่ได้ระบุคีย์ของสถานี (--key-file)</translation>
    </message>
    <message>
        <source>%1; the console keeps asking</source>
        <translation>%1; คอนโซลยังคงถามต่อ</translation>
    </message>
    <message>
        <source>tamper seal: %1</source>
        <translation>ซีลป้องกันการดัดแปลง: %1</translation>
    </message>
    <message>
        <source>event sequence: %1 events numbered %2-%3: some are missing</source>
        <translation>ลำดับเหตุการณ์: %1 เหตุการณ์ หมายเลข %2-%3: บางรายการหายไป</translation>
    </message>
    <message>
        <source>event sequence %1-%2 without gaps (1-%3 are in the file set aside as damaged)</source>
        <translation>ลำดับเหตุการณ์ %1-%2 ครบไม่ขาด (1-%3 อยู่ในไฟล์ที่แยกไว้เพราะเสียหาย)</translation>
    </message>
    <message>
        <source>event sequence 1-%1 without gaps</source>
        <translation>ลำดับเหตุการณ์ 1-%1 ครบไม่ขาด</translation>
    </message>
    <message>
        <source>seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be trusted</source>
        <translation>ข้อเชื่อมต่อซีล %1 (ตาราง %2 แถว %3) ถูกเปลี่ยนหรือปลอมแปลง: เชื่อถือสายโซ่หลังจากจุดนี้ไม่ได้</translation>
    </message>
    <message>
        <source>%1 row %2 was added outside the console</source>
        <translation>ตาราง %1 แถว %2 ถูกเพิ่มจากนอกคอนโซล</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was written</source>
        <translation>ตาราง %1 แถว %2 ถูกเปลี่ยนหลังจากเขียนแล้ว</translation>
    </message>
    <message>
        <source>archived %1 row %2 was added outside the console</source>
        <translation>ตาราง %1 ที่เก็บถาวร แถว %2 ถูกเพิ่มจากนอกคอนโซล</translation>
    </message>
    <message>
        <source>archived %1 row %2 was changed after it was written</source>
        <translation>ตาราง %1 ที่เก็บถาวร แถว %2 ถูกเปลี่ยนหลังจากเขียนแล้ว</translation>
    </message>
    <message>
        <source>%1 row %2 was removed</source>
        <translation>ตาราง %1 แถว %2 ถูกลบ</translation>
    </message>
    <message>
        <source>Map identifier, always %1 (&quot;SS&quot;)</source>
        <translation>รหัสระบุแผนผัง มีค่า %1 (&quot;SS&quot;) เสมอ</translation>
    </message>
    <message>
        <source>Protocol version: major * %1 + minor</source>
        <translation>เวอร์ชันโปรโตคอล: เวอร์ชันหลัก * %1 + เวอร์ชันย่อย</translation>
    </message>
    <message>
        <source>Rack slots this station has</source>
        <translation>จำนวนช่องในแร็คของสถานีนี้</translation>
    </message>
    <message>
        <source>Series cells per pack (cell detail length)</source>
        <translation>จำนวนเซลล์ที่ต่ออนุกรมต่อแบตเตอรี่หนึ่งลูก (ความยาวรายละเอียดเซลล์)</translation>
    </message>
    <message>
        <source>Temperature sensors per pack</source>
        <translation>จำนวนเซนเซอร์อุณหภูมิต่อแบตเตอรี่หนึ่งลูก</translation>
    </message>
    <message>
        <source>Lock heads fitted in the bay</source>
        <translation>จำนวนหัวล็อกที่ติดตั้งในจุดจอด</translation>
    </message>
    <message>
        <source>Controller serial number</source>
        <translation>หมายเลขซีเรียลของตัวควบคุม</translation>
    </message>
    <message>
        <source>Controller firmware: major * %1 + minor</source>
        <translation>เฟิร์มแวร์ของตัวควบคุม: เวอร์ชันหลัก * %1 + เวอร์ชันย่อย</translation>
    </message>
    <message>
        <source>Most pack blocks one vehicle may carry</source>
        <translation>จำนวนบล็อกแบตเตอรี่สูงสุดที่รถหนึ่งคันบรรทุกได้</translation>
    </message>
    <message>
        <source>Vendor and model, ASCII</source>
        <translation>ผู้ผลิตและรุ่น, ASCII</translation>
    </message>
    <message>
        <source>Controller heartbeat: +%1 every controller cycle (%2 ms), wraps at %3</source>
        <translation>heartbeat ของตัวควบคุม: +%1 ทุกรอบการทำงานของตัวควบคุม (%2 ms) วนกลับที่ %3</translation>
    </message>
    <message>
        <source>Console heartbeat: the console writes a new value on every poll. If it stops changing for the watchdog time, the controller holds all motion</source>
        <translation>heartbeat ของคอนโซล: คอนโซลเขียนค่าใหม่ทุกครั้งที่โพล หากค่าไม่เปลี่ยนนานเท่าเวลา watchdog ตัวควบคุมจะหยุดการเคลื่อนที่ทั้งหมดค้างไว้</translation>
    </message>
    <message>
        <source>Station mode</source>
        <translation>โหมดสถานี</translation>
    </message>
    <message>
        <source>Station state</source>
        <translation>สถานะสถานี</translation>
    </message>
    <message>
        <source>Current sequence step</source>
        <translation>ขั้นตอนปัจจุบันของลำดับการทำงาน</translation>
    </message>
    <message>
        <source>Time spent in the current step</source>
        <translation>เวลาที่ใช้ไปในขั้นตอนปัจจุบัน</translation>
    </message>
    <message>
        <source>Expected duration of the current step</source>
        <translation>เวลาที่คาดว่าขั้นตอนปัจจุบันจะใช้</translation>
    </message>
    <message>
        <source>Pack block being swapped (%1-based; %2 none)</source>
        <translation>บล็อกแบตเตอรี่ที่กำลังสลับ (เริ่มนับที่ %1; %2 = ไม่มี)</translation>
    </message>
    <message>
        <source>Pack blocks in the running swap</source>
        <translation>จำนวนบล็อกแบตเตอรี่ในการสลับที่กำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>Status flags</source>
        <translation>แฟล็กสถานะ</translation>
    </message>
    <message>
        <source>Result of the current or last swap</source>
        <translation>ผลของการสลับปัจจุบันหรือครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Fault that ended the last swap (%1 none)</source>
        <translation>ข้อขัดข้องที่ทำให้การสลับครั้งล่าสุดสิ้นสุด (%1 = ไม่มี)</translation>
    </message>
    <message>
        <source>Swaps completed since power-up (wraps)</source>
        <translation>จำนวนการสลับที่เสร็จตั้งแต่เปิดเครื่อง (วนกลับ)</translation>
    </message>
    <message>
        <source>Time since the running swap started</source>
        <translation>เวลาตั้งแต่การสลับที่กำลังดำเนินอยู่เริ่มต้น</translation>
    </message>
    <message>
        <source>Console heartbeat watchdog time</source>
        <translation>เวลา watchdog ของ heartbeat คอนโซล</translation>
    </message>
    <message>
        <source>Number of active fault codes</source>
        <translation>จำนวนรหัสข้อขัดข้องที่ยังคงอยู่</translation>
    </message>
    <message>
        <source>Active fault code %1 (%2 empty)</source>
        <translation>รหัสข้อขัดข้องที่ยังคงอยู่ %1 (%2 = ว่าง)</translation>
    </message>
    <message>
        <source>Command code</source>
        <translation>รหัสคำสั่ง</translation>
    </message>
    <message>
        <source>Sequence number of this request (%1-%2)</source>
        <translation>หมายเลขลำดับของคำขอนี้ (%1-%2)</translation>
    </message>
    <message>
        <source>Argument %1 (meaning per command)</source>
        <translation>อาร์กิวเมนต์ %1 (ความหมายขึ้นกับคำสั่ง)</translation>
    </message>
    <message>
        <source>Sequence number of the request answered</source>
        <translation>หมายเลขลำดับของคำขอที่ตอบ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Reject reason (status REJECTED)</source>
        <translation>เหตุผลที่ปฏิเสธ (สถานะ REJECTED)</translation>
    </message>
    <message>
        <source>Fault code (status FAILED)</source>
        <translation>รหัสข้อขัดข้อง (สถานะ FAILED)</translation>
    </message>
    <message>
        <source>Code of the command answered</source>
        <translation>รหัสของคำสั่งที่ตอบ</translation>
    </message>
    <message>
        <source>Sequence number of the START_SWAP whose swap status.swap_result and status.swap_fault describe; %1 when that swap was started at the bay&apos;s local start button, or no swap since power-up</source>
        <translation>หมายเลขลำดับของ START_SWAP ของการสลับที่ status.swap_result และ status.swap_fault อธิบาย; เป็น %1 เมื่อการสลับนั้นเริ่มจากปุ่มเริ่มที่จุดจอด หรือยังไม่มีการสลับตั้งแต่เปิดเครื่อง</translation>
    </message>
    <message>
        <source>%1 when a vehicle is in the bay</source>
        <translation>%1 เมื่อมีรถอยู่ในจุดจอด</translation>
    </message>
    <message>
        <source>Longitudinal offset from target</source>
        <translation>ค่าเยื้องตามยาวจากเป้าหมาย</translation>
    </message>
    <message>
        <source>Lateral offset from target</source>
        <translation>ค่าเยื้องตามขวางจากเป้าหมาย</translation>
    </message>
    <message>
        <source>Positioning result</source>
        <translation>ผลการจัดตำแหน่ง</translation>
    </message>
    <message>
        <source>Positioning attempts that failed so far</source>
        <translation>จำนวนครั้งที่จัดตำแหน่งไม่สำเร็จจนถึงตอนนี้</translation>
    </message>
    <message>
        <source>Why the last attempt was out of tolerance</source>
        <translation>สาเหตุที่ครั้งล่าสุดเกินค่าพิกัด</translation>
    </message>
    <message>
        <source>%1 when the vehicle&apos;s HV is confirmed off</source>
        <translation>%1 เมื่อยืนยันแล้วว่า HV ของรถปิดอยู่</translation>
    </message>
    <message>
        <source>%1 when the parking brake is confirmed</source>
        <translation>%1 เมื่อยืนยันการใช้เบรกจอดแล้ว</translation>
    </message>
    <message>
        <source>Pack blocks the bay sensors see on the vehicle</source>
        <translation>จำนวนบล็อกแบตเตอรี่ที่เซนเซอร์ของจุดจอดตรวจพบบนรถ</translation>
    </message>
    <message>
        <source>Pack type seen on the vehicle</source>
        <translation>ชนิดแบตเตอรี่ที่ตรวจพบบนรถ</translation>
    </message>
    <message>
        <source>Plate read by the bay camera, when one is fitted (UTF-%1, up to %2 bytes: Thai and Chinese plates fit)</source>
        <translation>ทะเบียนที่กล้องของจุดจอดอ่านได้ เมื่อติดตั้งกล้องไว้ (UTF-%1 สูงสุด %2 ไบต์: รองรับทะเบียนไทยและจีน)</translation>
    </message>
    <message>
        <source>Lift height above its lower limit</source>
        <translation>ความสูงของแท่นยกเหนือลิมิตล่าง</translation>
    </message>
    <message>
        <source>Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller checks it against the pack type&apos;s mass within +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): outside, the swap fails LOAD_MISMATCH (%8); above %9 kg it fails LIFT_OVERLOAD (%10) and flag OVERLOAD is set</source>
        <translation>ค่าที่โหลดเซลล์อ่านได้ ทุกครั้งที่แท่นยกรับแบตเตอรี่ (REMOVE, INSTALL) ตัวควบคุมจะตรวจเทียบกับน้ำหนักของชนิดแบตเตอรี่ภายใน +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): หากอยู่นอกช่วง การสลับจะล้มเหลวด้วย LOAD_MISMATCH (%8); หากเกิน %9 kg จะล้มเหลวด้วย LIFT_OVERLOAD (%10) และตั้งแฟล็ก OVERLOAD</translation>
    </message>
    <message>
        <source>Lift motion: -%1 down, %2 still, %3 up</source>
        <translation>การเคลื่อนที่ของแท่นยก: -%1 ลง, %2 หยุดนิ่ง, %3 ขึ้น</translation>
    </message>
    <message>
        <source>Lift limit switches</source>
        <translation>ลิมิตสวิตช์ของแท่นยก</translation>
    </message>
    <message>
        <source>Shuttle position along its track from the bay</source>
        <translation>ตำแหน่งของชัตเทิลตามรางนับจากจุดจอด</translation>
    </message>
    <message>
        <source>Where the shuttle stands: %1 bay, n rack slot n, %2 between stops</source>
        <translation>ตำแหน่งที่ชัตเทิลอยู่: %1 = จุดจอด, n = ช่อง n ของแร็ค, %2 = ระหว่างจุดหยุด</translation>
    </message>
    <message>
        <source>%1 when the shuttle carries a pack</source>
        <translation>%1 เมื่อชัตเทิลบรรทุกแบตเตอรี่อยู่</translation>
    </message>
    <message>
        <source>Shuttle motion: -%1 toward bay, %2 still, %3 toward rack</source>
        <translation>การเคลื่อนที่ของชัตเทิล: -%1 ไปทางจุดจอด, %2 หยุดนิ่ง, %3 ไปทางแร็ค</translation>
    </message>
    <message>
        <source>%1 when aligned with the stop it stands at</source>
        <translation>%1 เมื่ออยู่ตรงแนวกับจุดหยุดที่อยู่</translation>
    </message>
    <message>
        <source>Lock head %1 state</source>
        <translation>สถานะหัวล็อก %1</translation>
    </message>
    <message>
        <source>Lock head %1 last torque</source>
        <translation>แรงบิดล่าสุดของหัวล็อก %1</translation>
    </message>
    <message>
        <source>%1 while the E-stop circuit is latched</source>
        <translation>%1 ขณะวงจรหยุดฉุกเฉินค้างอยู่</translation>
    </message>
    <message>
        <source>%1 while the bay light curtain is interrupted</source>
        <translation>%1 ขณะม่านแสงของจุดจอดถูกบัง</translation>
    </message>
    <message>
        <source>Open doors. While a door is open fault DOOR_OPEN (%1) is active: START_SWAP is REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS clears a swap&apos;s latched DOOR_OPEN</source>
        <translation>ประตูที่เปิดอยู่ ขณะประตูเปิด ข้อขัดข้อง DOOR_OPEN (%1) จะยังคงอยู่: START_SWAP ถูก REJECTED FAULT_ACTIVE, การสลับที่อยู่ในขั้นตอนเคลื่อนที่ (UNLOCK ถึง LOCK) จะหยุดและล้มเหลวด้วย DOOR_OPEN, การจ็อกถูกปฏิเสธด้วย DOOR_OPEN เมื่อปิดประตูแล้ว RESET_FAULTS จะรีเซ็ต DOOR_OPEN ที่ค้างอยู่ของการสลับ</translation>
    </message>
    <message>
        <source>%1 while a confirmation (RESET_FAULTS) is needed before motion</source>
        <translation>%1 ขณะต้องยืนยัน (รีเซ็ตด้วย RESET_FAULTS) ก่อนเคลื่อนที่</translation>
    </message>
    <message>
        <source>Axis (or move) to run</source>
        <translation>แกน (หรือการเคลื่อนที่) ที่จะสั่งทำงาน</translation>
    </message>
    <message>
        <source>-%1, %2 (stop) or %3; what it means per axis below</source>
        <translation>-%1, %2 (หยุด) หรือ %3; ความหมายของแต่ละแกนดูด้านล่าง</translation>
    </message>
    <message>
        <source>The lease counter: a new value at least every %1 s while the button is held</source>
        <translation>ตัวนับต่ออายุ (lease): ค่าใหม่อย่างน้อยทุก %1 วินาที ขณะกดปุ่มค้าง</translation>
    </message>
    <message>
        <source>Program run id: a value the controller picks at each power-up, %1-%2, never the value of the run before. A change tells the console the controller restarted (a retentive power-up counter serves).</source>
        <translation>รหัสรอบการทำงานของโปรแกรม: ค่าที่ตัวควบคุมเลือกทุกครั้งที่เปิดเครื่อง %1-%2 ไม่ซ้ำกับค่าของรอบก่อน หากค่าเปลี่ยน คอนโซลจะรู้ว่าตัวควบคุมรีสตาร์ต (ใช้ตัวนับการเปิดเครื่องแบบคงค่า (retentive) แทนได้)</translation>
    </message>
    <message>
        <source>Controller clock: time since this power-up, counted by the controller (a simulator counts its simulated time); %1 at power-up, wraps to %2 after %3 (%4 years)</source>
        <translation>นาฬิกาของตัวควบคุม: เวลาตั้งแต่เปิดเครื่องครั้งนี้ นับโดยตัวควบคุม (เครื่องจำลองนับเวลาจำลองของตน); เป็น %1 เมื่อเปิดเครื่อง วนกลับเป็น %2 หลัง %3 (%4 ปี)</translation>
    </message>
    <message>
        <source>Target of the move: slot %1-n (%2 the bay) for SHUTTLE_TO_SLOT, lock head %3-%4 for LOCK_HEAD; ignored by the other axes</source>
        <translation>เป้าหมายของการเคลื่อนที่: ช่อง %1-n (%2 = จุดจอด) สำหรับ SHUTTLE_TO_SLOT (ชัตเทิล), หัวล็อก %3-%4 สำหรับ LOCK_HEAD; แกนอื่นไม่ใช้ค่านี้</translation>
    </message>
    <message>
        <source>Why the requested move does not run now (NONE: it runs)</source>
        <translation>สาเหตุที่การเคลื่อนที่ที่ขอไว้ยังไม่ทำงานตอนนี้ (NONE: ทำงานได้)</translation>
    </message>
    <message>
        <source>How long the current hold has moved its axis</source>
        <translation>ระยะเวลาที่การกดค้างครั้งนี้ทำให้แกนเคลื่อนที่</translation>
    </message>
    <message>
        <source>Full lift cycles: up above %1 mm, then back to the lower limit</source>
        <translation>รอบเต็มของแท่นยก: ขึ้นสูงกว่า %1 mm แล้วกลับลงถึงลิมิตล่าง</translation>
    </message>
    <message>
        <source>Lock and unlock operations of all lock heads: one per head for each lock or unlock it completed</source>
        <translation>จำนวนการล็อกและปลดล็อกของหัวล็อกทั้งหมด: นับหนึ่งต่อหัวทุกครั้งที่ล็อกหรือปลดล็อกเสร็จ</translation>
    </message>
    <message>
        <source>Distance the shuttle has travelled, whole metres</source>
        <translation>ระยะทางที่ชัตเทิลเคลื่อนที่ไปแล้ว เป็นเมตรเต็ม</translation>
    </message>
    <message>
        <source>%1 when a pack sits in the slot</source>
        <translation>%1 เมื่อมีแบตเตอรี่อยู่ในช่อง</translation>
    </message>
    <message>
        <source>Pack code (GB/T %1, %2 characters)</source>
        <translation>รหัสแบตเตอรี่ (GB/T %1, %2 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>ชนิดแบตเตอรี่</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>ระดับประจุ (SoC)</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>สุขภาพแบตเตอรี่ (SoH)</translation>
    </message>
    <message>
        <source>Pack voltage</source>
        <translation>แรงดันแบตเตอรี่</translation>
    </message>
    <message>
        <source>Pack current, positive when charging</source>
        <translation>กระแสแบตเตอรี่ เป็นบวกเมื่อชาร์จ</translation>
    </message>
    <message>
        <source>Lowest cell voltage</source>
        <translation>แรงดันเซลล์ต่ำสุด</translation>
    </message>
    <message>
        <source>Cell with the lowest voltage (%1-based)</source>
        <translation>เซลล์ที่มีแรงดันต่ำสุด (เริ่มนับที่ %1)</translation>
    </message>
    <message>
        <source>Highest cell voltage</source>
        <translation>แรงดันเซลล์สูงสุด</translation>
    </message>
    <message>
        <source>Cell with the highest voltage (%1-based)</source>
        <translation>เซลล์ที่มีแรงดันสูงสุด (เริ่มนับที่ %1)</translation>
    </message>
    <message>
        <source>Lowest pack temperature</source>
        <translation>อุณหภูมิแบตเตอรี่ต่ำสุด</translation>
    </message>
    <message>
        <source>Highest pack temperature</source>
        <translation>อุณหภูมิแบตเตอรี่สูงสุด</translation>
    </message>
    <message>
        <source>Insulation resistance (%1 = above range)</source>
        <translation>ความต้านทานฉนวน (%1 = เกินช่วงวัด)</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>รอบเทียบเท่าเต็ม</translation>
    </message>
    <message>
        <source>Slot charger state</source>
        <translation>สถานะเครื่องชาร์จของช่อง</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>กำลังเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Highest GB/T %1 alarm level (%2-%3)</source>
        <translation>ระดับสัญญาณเตือน GB/T %1 สูงสุด (%2-%3)</translation>
    </message>
    <message>
        <source>GB/T %1 alarm flags</source>
        <translation>แฟล็กสัญญาณเตือน GB/T %1</translation>
    </message>
    <message>
        <source>Rated energy</source>
        <translation>พลังงานพิกัด</translation>
    </message>
    <message>
        <source>Slot state</source>
        <translation>สถานะช่อง</translation>
    </message>
    <message>
        <source>Estimated time to full charge (%1 unknown)</source>
        <translation>เวลาโดยประมาณจนชาร์จเต็ม (%1 = ไม่ทราบ)</translation>
    </message>
    <message>
        <source>Charger charge meter: charge the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 Ah); %6 when the charger has no meter</source>
        <translation>มิเตอร์ประจุของเครื่องชาร์จ: ประจุที่เครื่องชาร์จของช่องจ่ายเข้าแบตเตอรี่ตั้งแต่เปิดเครื่อง อ่านได้แม้ช่องว่าง; วนกลับเป็น %1 หลัง %2 (%3 %4 %5 Ah); เป็น %6 เมื่อเครื่องชาร์จไม่มีมิเตอร์</translation>
    </message>
    <message>
        <source>Charger energy meter: energy the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 kWh); %6 when the charger has no meter</source>
        <translation>มิเตอร์พลังงานของเครื่องชาร์จ: พลังงานที่เครื่องชาร์จของช่องจ่ายเข้าแบตเตอรี่ตั้งแต่เปิดเครื่อง อ่านได้แม้ช่องว่าง; วนกลับเป็น %1 หลัง %2 (%3 %4 %5 kWh); เป็น %6 เมื่อเครื่องชาร์จไม่มีมิเตอร์</translation>
    </message>
    <message>
        <source>Slot whose cells to show</source>
        <translation>ช่องที่จะแสดงเซลล์</translation>
    </message>
    <message>
        <source>Slot whose cells are shown now (%1 none)</source>
        <translation>ช่องที่กำลังแสดงเซลล์อยู่ (%1 = ไม่มี)</translation>
    </message>
    <message>
        <source>Cell voltages available</source>
        <translation>จำนวนค่าแรงดันเซลล์ที่อ่านได้</translation>
    </message>
    <message>
        <source>Temperatures available</source>
        <translation>จำนวนค่าอุณหภูมิที่อ่านได้</translation>
    </message>
    <message>
        <source>Cell %1 voltage</source>
        <translation>แรงดันเซลล์ %1</translation>
    </message>
    <message>
        <source>Temperature sensor %1</source>
        <translation>เซนเซอร์อุณหภูมิ %1</translation>
    </message>
    <message>
        <source>Reset faults</source>
        <translation>รีเซ็ตข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <source>Retry positioning</source>
        <translation>จัดตำแหน่งใหม่</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>ปิดใช้เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>เปิดใช้เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>โฮมแกน</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>โหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>Automatic mode</source>
        <translation>โหมดอัตโนมัติ</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>ปลดล็อกหัว</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>ล็อกหัว</translation>
    </message>
    <message>
        <source>nothing to abort: no swap is running</source>
        <translation>ไม่มีอะไรให้ยุติ: ไม่มีการสลับที่ทำอยู่</translation>
    </message>
    <message>
        <source>confirm first that the bay is clear and nobody is inside the light curtain</source>
        <translation>ยืนยันก่อนว่าจุดจอดว่างและไม่มีใครอยู่ในเขตม่านแสง</translation>
    </message>
    <message>
        <source>%1: sent to the controller</source>
        <translation>%1: ส่งไปยังตัวควบคุมแล้ว</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: เสร็จแล้ว</translation>
    </message>
    <message>
        <source>%1: the controller refused: %2. %3</source>
        <translation>%1: ตัวควบคุมปฏิเสธ: %2 %3</translation>
    </message>
    <message>
        <source>%1: the controller could not finish it: %2</source>
        <translation>%1: ตัวควบคุมทำไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the controller; watch the station&apos;s state</source>
        <translation>%1: ตัวควบคุมไม่ตอบ ดูสถานะของสถานี</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: ไม่ได้ส่ง: %2</translation>
    </message>
    <message>
        <source>no vehicle in the bay to start again for</source>
        <translation>ไม่มีรถในจุดจอดให้เริ่มใหม่</translation>
    </message>
    <message>
        <source>the bay camera reads no plate: identify the vehicle with the plate entry or the list</source>
        <translation>กล้องจุดจอดอ่านทะเบียนไม่ได้: ระบุรถด้วยการป้อนทะเบียนหรือจากรายการ</translation>
    </message>
    <message>
        <source>Start again: reading the rack, then the plan</source>
        <translation>เริ่มใหม่: กำลังอ่านแร็ค แล้วจึงวางแผน</translation>
    </message>
    <message>
        <source>%1: press and hold the button; it moves only while held</source>
        <translation>%1: กดปุ่มค้างไว้ เคลื่อนที่เฉพาะขณะกดค้าง</translation>
    </message>
    <message>
        <source>%1: moving while held</source>
        <translation>%1: กำลังเคลื่อนที่ขณะกดค้าง</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <source>Recovery</source>
        <translation>การกู้คืน</translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain?</source>
        <translation>จุดจอดว่างและไม่มีใครอยู่ในเขตม่านแสงใช่หรือไม่</translation>
    </message>
    <message>
        <source>Yes, the bay is clear</source>
        <translation>ใช่ จุดจอดว่าง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>ตอนนี้: %1</translation>
    </message>
    <message>
        <source>Safe: %1</source>
        <translation>ปลอดภัย: %1</translation>
    </message>
    <message>
        <source>%1 (head %2)</source>
        <translation>%1 (หัว %2)</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (ช่อง %2)</translation>
    </message>
    <message>
        <source>%1: is the bay clear, and nobody inside the light curtain?</source>
        <translation>%1: จุดจอดว่างและไม่มีใครอยู่ในเขตม่านแสงใช่หรือไม่</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>not read</source>
        <translation>ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>not in this controller&apos;s protocol</source>
        <translation>ไม่มีในโปรโตคอลของตัวควบคุมนี้</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>รีจิสเตอร์</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>แอดเดรส</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>บล็อก</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>การเข้าถึง</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>ค่าดิบ</translation>
    </message>
    <message>
        <source>Bits set</source>
        <translation>บิตที่ตั้ง</translation>
    </message>
</context>
<context>
    <name>RegisterMonitor</name>
    <message>
        <source>Identity</source>
        <translation>ข้อมูลระบุตัว</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>การตอบกลับ</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>จุดจอด</translation>
    </message>
    <message>
        <source>Lift, shuttle</source>
        <translation>แท่นยก, ชัตเทิล</translation>
    </message>
    <message>
        <source>Lock heads</source>
        <translation>หัวล็อก</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>จ็อก</translation>
    </message>
    <message>
        <source>Jog state</source>
        <translation>สถานะจ็อก</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>ทำงาน</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>บำรุงรักษา</translation>
    </message>
    <message>
        <source>Rack slots</source>
        <translation>ช่องในแร็ค</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>%1 is not a register of this station&apos;s map.</source>
        <translation>%1 ไม่ใช่รีจิสเตอร์ในแผนผังของสถานีนี้</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>%1 is written only by the console&apos;s own handshake (a command whole, a jog while its hold-to-run button is held), never from here.</source>
        <translation>%1 เขียนได้เฉพาะผ่าน handshake ของคอนโซลเอง (คำสั่งทั้งชุด หรือจ็อกขณะกดปุ่มค้าง) ไม่เขียนจากที่นี่</translation>
    </message>
    <message>
        <source>%1 holds text: it is not written from here.</source>
        <translation>%1 เก็บข้อความ: ไม่เขียนจากที่นี่</translation>
    </message>
    <message>
        <source>Not sent: %2 is not a number.</source>
        <translation>ไม่ได้ส่ง: %2 ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>Not sent: %1 counts in steps of %3; %2 is between two steps.</source>
        <translation>ไม่ได้ส่ง: %1 นับทีละ %3 แต่ %2 อยู่ระหว่างสองขั้น</translation>
    </message>
    <message>
        <source>Not sent: %2 is below the documented minimum of %1, %3.</source>
        <translation>ไม่ได้ส่ง: %2 ต่ำกว่าค่าต่ำสุดของ %1 ตามเอกสาร คือ %3</translation>
    </message>
    <message>
        <source>Not sent: %2 is above the documented maximum of %1, %3.</source>
        <translation>ไม่ได้ส่ง: %2 สูงกว่าค่าสูงสุดของ %1 ตามเอกสาร คือ %3</translation>
    </message>
    <message>
        <source>Not sent: %2 is not one of the values of %1 (%3).</source>
        <translation>ไม่ได้ส่ง: %2 ไม่ใช่ค่าที่ %1 รับได้ (%3)</translation>
    </message>
    <message>
        <source>Not sent: %2 does not fit %1&apos;s register (%3).</source>
        <translation>ไม่ได้ส่ง: %2 เกินขนาดรีจิสเตอร์ของ %1 (%3)</translation>
    </message>
    <message>
        <source>Not sent: the controller is not in maintenance mode.</source>
        <translation>ไม่ได้ส่ง: ตัวควบคุมไม่ได้อยู่ในโหมดบำรุงรักษา</translation>
    </message>
    <message>
        <source>Not sent: the link to the controller is down.</source>
        <translation>ไม่ได้ส่ง: การเชื่อมต่อกับตัวควบคุมขาด</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>ฟังก์ชันไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>แอดเดรสข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>ค่าข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>อุปกรณ์ล้มเหลว</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>อุปกรณ์ไม่ว่าง</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ไม่มีการตอบ</translation>
    </message>
    <message>
        <source>answer cut short</source>
        <translation>คำตอบไม่ครบ</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>CRC ผิด</translation>
    </message>
    <message>
        <source>answer from another unit</source>
        <translation>คำตอบจากยูนิตอื่น</translation>
    </message>
    <message>
        <source>answer does not fit the request</source>
        <translation>คำตอบไม่ตรงกับคำขอ</translation>
    </message>
    <message>
        <source>serial line gone</source>
        <translation>สายซีเรียลหลุด</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ผิดพลาด</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>ไม่พร้อมใช้</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ไม่มีบิตที่ตั้ง</translation>
    </message>
</context>
<context>
    <name>RegisterMonitorPage</name>
    <message>
        <source>Register monitor</source>
        <translation>มอนิเตอร์รีจิสเตอร์</translation>
    </message>
    <message>
        <source>Register name or address</source>
        <translation>ชื่อหรือแอดเดรสรีจิสเตอร์</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>รีจิสเตอร์</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>บันทึกเฟรม</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>ทุกบล็อก</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>เขียน…</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>ปิดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>เขียนเลย</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>ล้างบันทึกเฟรม</translation>
    </message>
    <message>
        <source>%1 of %2 registers</source>
        <translation>รีจิสเตอร์ %1 จาก %2</translation>
    </message>
    <message>
        <source>link %1: the values are the last ones read</source>
        <translation>การเชื่อมต่อ %1: ค่าที่แสดงเป็นค่าที่อ่านได้ล่าสุด</translation>
    </message>
    <message>
        <source>Tap a register to see it in full.</source>
        <translation>แตะรีจิสเตอร์เพื่อดูรายละเอียดทั้งหมด</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>หน่วย %1</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>สเกล %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>ช่วง %1</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>ค่าดิบ %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>อ่านเมื่อ %1</translation>
    </message>
    <message>
        <source>bit %1 %2: %3</source>
        <translation>บิต %1 %2: %3</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ตั้ง</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>ไม่ตั้ง</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>ค่า: %1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>เข้าสู่ระบบเป็น %1</translation>
    </message>
    <message>
        <source>the station is in %1 mode</source>
        <translation>สถานีอยู่ในโหมด %1</translation>
    </message>
    <message>
        <source>the station&apos;s mode is not known</source>
        <translation>ไม่ทราบโหมดของสถานี</translation>
    </message>
    <message>
        <source>Writing needs a supervisor in maintenance mode: %1.</source>
        <translation>การเขียนต้องใช้หัวหน้างานในโหมดบำรุงรักษา: %1</translation>
    </message>
    <message>
        <source>Tap a register marked RW to write it.</source>
        <translation>แตะรีจิสเตอร์ที่มีเครื่องหมาย RW เพื่อเขียน</translation>
    </message>
    <message>
        <source>%1 can be written: tap Write… to enter its new value.</source>
        <translation>%1 เขียนได้: แตะ “เขียน…” เพื่อป้อนค่าใหม่</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>ค่าใหม่ของ %1</translation>
    </message>
    <message>
        <source>Type the new value, then Check.</source>
        <translation>พิมพ์ค่าใหม่ แล้วแตะ “ตรวจสอบ”</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1 (ค่าดิบ %2)</translation>
    </message>
    <message>
        <source>not read yet (it is read just before writing)</source>
        <translation>ยังไม่ได้อ่าน (จะอ่านก่อนเขียน)</translation>
    </message>
    <message>
        <source>Write %1 at address %2?
Old value: %3
New value: %4 (raw %5)</source>
        <translation>เขียน %1 ที่แอดเดรส %2 หรือไม่
ค่าเดิม: %3
ค่าใหม่: %4 (ค่าดิบ %5)</translation>
    </message>
    <message>
        <source>Check the old and the new value, then Write it.</source>
        <translation>ตรวจค่าเดิมและค่าใหม่ แล้วแตะ “เขียนเลย”</translation>
    </message>
    <message>
        <source>Writing %1 = %2…</source>
        <translation>กำลังเขียน %1 = %2…</translation>
    </message>
    <message>
        <source>(Not recorded: the journal is not available.)</source>
        <translation>(ไม่ได้บันทึก: สมุดบันทึกใช้ไม่ได้)</translation>
    </message>
    <message>
        <source>%1 written; reading it back failed.</source>
        <translation>เขียน %1 แล้ว แต่อ่านกลับไม่สำเร็จ</translation>
    </message>
    <message>
        <source>%1 written, but the controller now reads %2.</source>
        <translation>เขียน %1 แล้ว แต่ตัวควบคุมอ่านได้ %2</translation>
    </message>
    <message>
        <source>%1 written: it reads %2 now.</source>
        <translation>เขียน %1 แล้ว: ตอนนี้อ่านได้ %2</translation>
    </message>
    <message>
        <source>The controller refused the write with exception %1: nothing was written.</source>
        <translation>ตัวควบคุมปฏิเสธการเขียนด้วย exception %1: ไม่มีการเขียน</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been written. Check its value before writing again.</source>
        <translation>ไม่มีคำตอบต่อการเขียน %1: อาจเขียนแล้วหรือยังไม่เขียนก็ได้ ตรวจค่าก่อนเขียนอีกครั้ง</translation>
    </message>
    <message>
        <source>The answer to the write of %1 was damaged or the line went: it may or may not have been written. Check its value.</source>
        <translation>คำตอบต่อการเขียน %1 เสียหายหรือสายหลุด: อาจเขียนแล้วหรือยังไม่เขียนก็ได้ ตรวจค่าอีกครั้ง</translation>
    </message>
    <message>
        <source>Frame log: ON (tap to stop)</source>
        <translation>บันทึกเฟรม: เปิด (แตะเพื่อหยุด)</translation>
    </message>
    <message>
        <source>Frame log: OFF (tap to start)</source>
        <translation>บันทึกเฟรม: ปิด (แตะเพื่อเริ่ม)</translation>
    </message>
    <message>
        <source>%1 frames shown; the last %2 are kept.</source>
        <translation>แสดง %1 เฟรม เก็บไว้ %2 เฟรมล่าสุด</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชั่วโมง %2 นาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 kWh in</source>
        <translation>เข้า %1 kWh</translation>
    </message>
    <message>
        <source>SoC %1 → %2 %</source>
        <translation>SoC %1 → %2 %</translation>
    </message>
    <message>
        <source>peak %1 °C</source>
        <translation>สูงสุด %1 °C</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>กำลังชาร์จ</translation>
    </message>
    <message>
        <source>good: measured %1 Ah (%2)</source>
        <translation>ใช้ได้: วัดได้ %1 Ah (%2)</translation>
    </message>
    <message>
        <source>charger meter</source>
        <translation>มิเตอร์เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>current integrated</source>
        <translation>อินทิเกรตกระแส</translation>
    </message>
    <message>
        <source>no reason kept</source>
        <translation>ไม่ได้เก็บเหตุผล</translation>
    </message>
    <message>
        <source>not used for capacity: %1</source>
        <translation>ไม่ใช้คำนวณความจุ: %1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>สิ้นสุด: %1</translation>
    </message>
    <message>
        <source>%1 Ah in</source>
        <translation>เข้า %1 Ah</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>ชื่อสถานี</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>รหัสสถานี</translation>
    </message>
    <message>
        <source>Controller link URL</source>
        <translation>URL การเชื่อมต่อตัวควบคุม</translation>
    </message>
    <message>
        <source>Poll every, ms</source>
        <translation>โพลทุก, ms</translation>
    </message>
    <message>
        <source>A pack is ready at SoC, %</source>
        <translation>แบตเตอรี่พร้อมเมื่อ SoC ถึง, %</translation>
    </message>
    <message>
        <source>Lowest SoH a swap takes, %</source>
        <translation>SoH ต่ำสุดที่รับสลับ, %</translation>
    </message>
    <message>
        <source>Hottest pack a swap takes, °C</source>
        <translation>อุณหภูมิแบตเตอรี่สูงสุดที่รับสลับ, °C</translation>
    </message>
    <message>
        <source>Lowest insulation a swap takes, kΩ</source>
        <translation>ค่าฉนวนต่ำสุดที่รับสลับ, kΩ</translation>
    </message>
    <message>
        <source>Operators sign in by name</source>
        <translation>ผู้ปฏิบัติงานเข้าสู่ระบบด้วยชื่อ</translation>
    </message>
    <message>
        <source>Signed out after idle, min</source>
        <translation>ออกจากระบบเมื่อไม่ใช้งาน (นาที)</translation>
    </message>
    <message>
        <source>Lift service every, cycles</source>
        <translation>บำรุงรักษาแท่นยกทุก, รอบ</translation>
    </message>
    <message>
        <source>Lock service every, cycles</source>
        <translation>บำรุงรักษาล็อกทุก, รอบ</translation>
    </message>
    <message>
        <source>Shuttle service every, km</source>
        <translation>บำรุงรักษาชัตเทิลทุก, km</translation>
    </message>
    <message>
        <source>Longest shelving, min</source>
        <translation>พักสัญญาณเตือนได้นานสุด (นาที)</translation>
    </message>
    <message>
        <source>Fleet broker</source>
        <translation>โบรกเกอร์กองรถ</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>ภาษาเมื่อเริ่ม</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ธีม</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยน</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>เปิด/ปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้ตั้ง)</translation>
    </message>
    <message>
        <source>Settings can be changed by a signed-in supervisor.</source>
        <translation>หัวหน้างานที่เข้าสู่ระบบแล้วเปลี่ยนการตั้งค่าได้</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>day</source>
        <translation>กลางวัน</translation>
    </message>
    <message>
        <source>night</source>
        <translation>กลางคืน</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>แตะชื่อของคุณ แล้วพิมพ์ PIN (หรือแสดงบัตร)</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN ของ %1</translation>
    </message>
    <message>
        <source>Sign-in is open again: tap your name, enter the PIN.</source>
        <translation>เข้าสู่ระบบได้อีกครั้ง: แตะชื่อของคุณ แล้วป้อน PIN</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>แตะชื่อของคุณก่อน</translation>
    </message>
    <message>
        <source>A PIN has at most 8 digits.</source>
        <translation>PIN มีได้ไม่เกิน 8 หลัก</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>กักกัน</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>ไม่พร้อม</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>กำลังชาร์จ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ปิดใช้</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>time to ready unknown</source>
        <translation>ไม่ทราบเวลาพร้อม</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>พร้อมในอีกประมาณ %1 นาที</translation>
    </message>
    <message>
        <source>for the running swap</source>
        <translation>สำหรับการสลับที่ทำอยู่</translation>
    </message>
    <message>
        <source>held by the controller, no swap running</source>
        <translation>ตัวควบคุมกันไว้ ไม่มีการสลับ</translation>
    </message>
    <message>
        <source>kept out of swaps</source>
        <translation>กันออกจากการสลับ</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>เครื่องชาร์จขัดข้อง</translation>
    </message>
    <message>
        <source>slot fault</source>
        <translation>ช่องขัดข้อง</translation>
    </message>
    <message>
        <source>charger switched off</source>
        <translation>เครื่องชาร์จปิดอยู่</translation>
    </message>
    <message>
        <source>BMS alarm level %1</source>
        <translation>สัญญาณเตือน BMS ระดับ %1</translation>
    </message>
    <message>
        <source>insulation low</source>
        <translation>ค่าฉนวนต่ำ</translation>
    </message>
    <message>
        <source>readings invalid</source>
        <translation>ค่าที่อ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>ร้อนเกินไป</translation>
    </message>
    <message>
        <source>too cold</source>
        <translation>เย็นเกินไป</translation>
    </message>
    <message>
        <source>poor health (SoH)</source>
        <translation>สุขภาพไม่ดี (SoH)</translation>
    </message>
    <message>
        <source>SoC low, not charging</source>
        <translation>SoC ต่ำ ไม่ได้ชาร์จ</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>ช่อง %1</translation>
    </message>
    <message>
        <source>SoC invalid</source>
        <translation>SoC ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>STALE, %1</source>
        <translation>ข้อมูลเก่า %1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Motion held</source>
        <translation>หยุดการเคลื่อนที่ค้าง</translation>
    </message>
    <message>
        <source>EMERGENCY STOP</source>
        <translation>หยุดฉุกเฉิน</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>บำรุงรักษา</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>กำลังเริ่ม</translation>
    </message>
    <message>
        <source>Idle: bay empty</source>
        <translation>รอรถ: จุดจอดว่าง</translation>
    </message>
    <message>
        <source>Vehicle positioning</source>
        <translation>กำลังจัดตำแหน่งรถ</translation>
    </message>
    <message>
        <source>Ready to swap</source>
        <translation>พร้อมสลับ</translation>
    </message>
    <message>
        <source>Swapping</source>
        <translation>กำลังสลับ</translation>
    </message>
    <message>
        <source>Swap complete: vehicle leaving</source>
        <translation>สลับเสร็จ: รถกำลังออก</translation>
    </message>
    <message>
        <source>Motion held: resume when the bay is clear</source>
        <translation>หยุดการเคลื่อนที่ค้าง: ทำต่อเมื่อจุดจอดว่าง</translation>
    </message>
    <message>
        <source>No step running</source>
        <translation>ไม่มีขั้นตอนที่ทำอยู่</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>จัดตำแหน่ง</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>เตรียมการ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>ถอดแบตเตอรี่</translation>
    </message>
    <message>
        <source>Transfer to rack</source>
        <translation>ส่งเข้าแร็ค</translation>
    </message>
    <message>
        <source>Fetch charged pack</source>
        <translation>นำแบตเตอรี่ที่ชาร์จแล้วมา</translation>
    </message>
    <message>
        <source>Install pack</source>
        <translation>ติดตั้งแบตเตอรี่</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>ตรวจยืนยัน</translation>
    </message>
    <message>
        <source>Release vehicle</source>
        <translation>ปล่อยรถ</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Not charging</source>
        <translation>ไม่ได้ชาร์จ</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>กำลังชาร์จ</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>เต็ม</translation>
    </message>
    <message>
        <source>In swap</source>
        <translation>อยู่ในการสลับ</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>เครื่องชาร์จขัดข้อง</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>ปิดใช้</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>ไม่ทำงาน</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>กำลังเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Charging (constant current)</source>
        <translation>กำลังชาร์จ (กระแสคงที่)</translation>
    </message>
    <message>
        <source>Charging (constant voltage)</source>
        <translation>กำลังชาร์จ (แรงดันคงที่)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
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
        <translation>ไม่มีรถ</translation>
    </message>
    <message>
        <source>Driving in</source>
        <translation>กำลังขับเข้า</translation>
    </message>
    <message>
        <source>In position</source>
        <translation>อยู่ในตำแหน่ง</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>เกินค่าพิกัด</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>จัดตำแหน่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>ไม่เสถียร</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>ขาดหาย</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>รหัส %1</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>E-STOP</source>
        <translation>หยุดฉุกเฉิน</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>โหมด: %1</translation>
    </message>
    <message>
        <source>LAST KNOWN, %1</source>
        <translation>ค่าล่าสุดที่ทราบ %1</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>ข้อขัดข้อง: %1</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>ไม่มีข้อขัดข้อง</translation>
    </message>
    <message>
        <source>E-STOP LATCHED</source>
        <translation>หยุดฉุกเฉินค้างอยู่</translation>
    </message>
    <message>
        <source>E-STOP: key turned, confirm the reset</source>
        <translation>หยุดฉุกเฉิน: บิดกุญแจแล้ว ยืนยันการรีเซ็ต</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Operator</source>
        <translation>ผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>ช่างเทคนิค</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>Link: connecting</source>
        <translation>การเชื่อมต่อ: กำลังเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Journal: starting</source>
        <translation>สมุดบันทึก: กำลังเริ่ม</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>ซิงก์: ยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>รายละเอียดสถานี</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>บำรุงรักษา</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>ปิดคอนโซล</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · sign in</source>
        <translation>%1 · เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>%1 · sign out</source>
        <translation>%1 · ออกจากระบบ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ภาษา: %1</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>ธีมกลางคืน</translation>
    </message>
    <message>
        <source>Day theme</source>
        <translation>ธีมกลางวัน</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>การเชื่อมต่อ: %1</translation>
    </message>
    <message>
        <source>Journal: recording</source>
        <translation>สมุดบันทึก: กำลังบันทึก</translation>
    </message>
    <message>
        <source>Journal: DISK FULL, writing into its reserve</source>
        <translation>สมุดบันทึก: ดิสก์เต็ม กำลังเขียนลงพื้นที่สำรอง</translation>
    </message>
    <message>
        <source>Journal: NOT RECORDING</source>
        <translation>สมุดบันทึก: ไม่ได้บันทึก</translation>
    </message>
    <message numerus="yes">
        <source>Journal: DISK FULL, %n record(s) not yet written</source>
        <translation>
            <numerusform>สมุดบันทึก: ดิสก์เต็ม ยังไม่ได้เขียน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the spill file)</source>
        <translation>
            <numerusform>(%n รายการในไฟล์สำรอง)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Plate, or scan the vehicle&apos;s code</source>
        <translation>ทะเบียน หรือสแกนรหัสของรถ</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>ระบุ</translation>
    </message>
    <message>
        <source>Keyboard / list</source>
        <translation>แป้นพิมพ์ / รายการ</translation>
    </message>
    <message>
        <source>Bay: no data yet.</source>
        <translation>จุดจอด: ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>No vehicle identified</source>
        <translation>ยังไม่ได้ระบุรถ</translation>
    </message>
    <message>
        <source>Receipt and QR code</source>
        <translation>ใบเสร็จและรหัส QR</translation>
    </message>
    <message>
        <source>Start swap</source>
        <translation>เริ่มสลับ</translation>
    </message>
    <message>
        <source>Confirm start</source>
        <translation>ยืนยันการเริ่ม</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Tap Confirm start within 15 s to start the swap.</source>
        <translation>แตะ “ยืนยันการเริ่ม” ภายใน 15 วินาที เพื่อเริ่มการสลับ</translation>
    </message>
    <message>
        <source>Tap Start swap first.</source>
        <translation>แตะ “เริ่มสลับ” ก่อน</translation>
    </message>
    <message>
        <source>The confirmation lapsed: tap Start swap again.</source>
        <translation>การยืนยันหมดอายุ: แตะ “เริ่มสลับ” อีกครั้ง</translation>
    </message>
    <message>
        <source>This station asks operators to sign in by name: tap Sign in (bottom right), then start again.</source>
        <translation>สถานีนี้ให้ผู้ปฏิบัติงานเข้าสู่ระบบด้วยชื่อ: แตะ “เข้าสู่ระบบ” (มุมขวาล่าง) แล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>Steps as last known (%1): the link is down.</source>
        <translation>ขั้นตอนตามที่ทราบล่าสุด (%1): การเชื่อมต่อขาด</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>จุดจอดว่าง</translation>
    </message>
    <message>
        <source>In the bay: %1.</source>
        <translation>ในจุดจอด: %1</translation>
    </message>
    <message>
        <source>In the bay: a vehicle, plate not read.</source>
        <translation>ในจุดจอด: มีรถ อ่านทะเบียนไม่ได้</translation>
    </message>
    <message>
        <source>Receipt of %1 (QR code)</source>
        <translation>ใบเสร็จของ %1 (รหัส QR)</translation>
    </message>
    <message>
        <source>The confirmation lapsed: the plan changed or time ran out.</source>
        <translation>การยืนยันหมดอายุ: แผนเปลี่ยนไปหรือหมดเวลา</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>เหลืออีกประมาณ %1 นาที %2 วินาที</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 block(s) of %5</source>
        <translation>%1, %2, %3: %4 บล็อก ชนิด %5</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 สลับแล้ววันนี้เมื่อ %2: ตรวจสอบก่อนสลับอีกครั้ง</translation>
    </message>
    <message>
        <source>No vehicle identified. %1</source>
        <translation>ยังไม่ได้ระบุรถ %1</translation>
    </message>
    <message>
        <source>Swap completed.</source>
        <translation>สลับเสร็จแล้ว</translation>
    </message>
    <message>
        <source>The swap stopped: %1. Follow the recovery steps below.</source>
        <translation>การสลับหยุด: %1 ทำตามขั้นตอนกู้คืนด้านล่าง</translation>
    </message>
    <message>
        <source>No answer to the start yet: watching the station to learn whether the swap started. ABORT stops it if it did.</source>
        <translation>ยังไม่มีคำตอบต่อคำสั่งเริ่ม: กำลังดูสถานีว่าการสลับเริ่มหรือไม่ หากเริ่มแล้ว “ยุติ” จะหยุดการสลับ</translation>
    </message>
    <message>
        <source>Recording the start…</source>
        <translation>กำลังบันทึกการเริ่ม…</translation>
    </message>
    <message>
        <source>Start sent: waiting for the controller.</source>
        <translation>ส่งคำสั่งเริ่มแล้ว: กำลังรอตัวควบคุม</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>เริ่มจากที่นี่</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>เริ่มจากปุ่มที่จุดจอด</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>เริ่มจากเทอร์มินัลอื่น</translation>
    </message>
    <message>
        <source>Swap running, %1. ABORT stops it safely at any time.</source>
        <translation>กำลังสลับ %1 “ยุติ” หยุดได้อย่างปลอดภัยทุกเมื่อ</translation>
    </message>
    <message>
        <source>%1: the swap (%2) does not move. ABORT ends it safely.</source>
        <translation>%1: การสลับ (%2) ไม่เคลื่อนที่ “ยุติ” จบการสลับได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>Abort requested: the controller brings the step to a safe stop.</source>
        <translation>ขอยุติแล้ว: ตัวควบคุมจะหยุดขั้นตอนอย่างปลอดภัย</translation>
    </message>
    <message>
        <source>The abort was NOT confirmed by the controller (the link is down, no answer, or refused). Tap ABORT again, or use the E-stop if the machine must stop now.</source>
        <translation>ตัวควบคุมไม่ได้ยืนยันการยุติ (การเชื่อมต่อขาด ไม่มีคำตอบ หรือถูกปฏิเสธ) แตะ “ยุติ” อีกครั้ง หรือกดหยุดฉุกเฉินหากเครื่องต้องหยุดทันที</translation>
    </message>
    <message>
        <source>The controller did not start the swap: %1. What to do: %2.</source>
        <translation>ตัวควบคุมไม่ได้เริ่มการสลับ: %1 สิ่งที่ต้องทำ: %2</translation>
    </message>
    <message>
        <source>slot %1 (…%2, %3 %, SoH %4 %)</source>
        <translation>ช่อง %1 (…%2, %3 %, SoH %4 %)</translation>
    </message>
    <message>
        <source>out: none from block 1 (it carries no pack)</source>
        <translation>ออก: ไม่มีจากบล็อก 1 (ไม่มีแบตเตอรี่)</translation>
    </message>
    <message>
        <source>out: to slot %1</source>
        <translation>ออก: เข้าช่อง %1</translation>
    </message>
    <message>
        <source>out: block 1 to slot %1, the others to free slots the controller picks</source>
        <translation>ออก: บล็อก 1 เข้าช่อง %1 ที่เหลือเข้าช่องว่างที่ตัวควบคุมเลือก</translation>
    </message>
    <message>
        <source>In: %1; %2</source>
        <translation>เข้า: %1; %2</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, บล็อก %2</translation>
    </message>
    <message>
        <source>○ %1: about %2 s</source>
        <translation>○ %1: ประมาณ %2 วินาที</translation>
    </message>
    <message>
        <source>%1 %2: %3 s of %4 s</source>
        <translation>%1 %2: %3 วินาที จาก %4 วินาที</translation>
    </message>
    <message>
        <source>SLOW: %1</source>
        <translation>ช้า: %1</translation>
    </message>
</context>
<context>
    <name>SwapStrip</name>
    <message>
        <source>ABORT</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, บล็อก %2</translation>
    </message>
    <message>
        <source>%1 (last known, %2)</source>
        <translation>%1 (ล่าสุดที่ทราบ, %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>halted step: what holds it, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting the swap…</source>
        <translation>กำลังเริ่มการสลับ…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>เหลือ</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชั่วโมง</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>รอส่ง %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>ซิงก์: ยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>Sync: REFUSED, %1</source>
        <translation>ซิงก์: ถูกปฏิเสธ, %1</translation>
    </message>
    <message>
        <source>Sync: stopped, %1</source>
        <translation>ซิงก์: หยุด, %1</translation>
    </message>
    <message>
        <source>Sync: up to date, last %1</source>
        <translation>ซิงก์: เป็นปัจจุบัน ล่าสุด %1</translation>
    </message>
    <message>
        <source>Sync: sending, %1</source>
        <translation>ซิงก์: กำลังส่ง, %1</translation>
    </message>
    <message>
        <source>Sync: connecting, %1</source>
        <translation>ซิงก์: กำลังเชื่อมต่อ, %1</translation>
    </message>
    <message>
        <source>Sync: offline, nothing waiting</source>
        <translation>ซิงก์: ออฟไลน์ ไม่มีรายการรอ</translation>
    </message>
    <message>
        <source>Sync: offline, %1, oldest %2</source>
        <translation>ซิงก์: ออฟไลน์, %1, เก่าสุด %2</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>ยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>กำลังเชื่อมต่อ</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>%1 records, the oldest written %2 ago</source>
        <translation>%1 รายการ รายการเก่าสุดเขียนเมื่อ %2 ที่แล้ว</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>not set up ([sync] broker in console.toml)</source>
        <translation>ยังไม่ได้ตั้งค่าซิงก์ ([sync] broker ใน console.toml)</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>โบรกเกอร์</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>รหัสสถานี</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>สำเร็จล่าสุด</translation>
    </message>
    <message>
        <source>Waiting size</source>
        <translation>ขนาดที่รอส่ง</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 รายการ/s</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>ส่งไม่ได้</translation>
    </message>
    <message>
        <source>%1 records the broker refused or cannot take</source>
        <translation>%1 รายการที่โบรกเกอร์ปฏิเสธหรือรับไม่ได้</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>not set up: set [sync] broker in console.toml to send the journal to the fleet</source>
        <translation>ยังไม่ได้ตั้งค่า: ตั้ง broker ใน [sync] ของ console.toml เพื่อส่งสมุดบันทึกไปยังกองรถ</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Lock head jams</source>
        <translation>หัวล็อกติดขัด</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>แท่นยกรับน้ำหนักเกิน</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>ชัตเทิลไม่ตรงแนว</translation>
    </message>
    <message>
        <source>Vehicle cannot position</source>
        <translation>รถจัดตำแหน่งไม่ได้</translation>
    </message>
    <message>
        <source>HV interlock open</source>
        <translation>อินเตอร์ล็อก HV เปิด</translation>
    </message>
    <message>
        <source>BMS handshake fails</source>
        <translation>BMS ไม่ตอบ</translation>
    </message>
    <message>
        <source>Pack code differs from plan</source>
        <translation>รหัสแบตเตอรี่ไม่ตรงกับแผน</translation>
    </message>
    <message>
        <source>Vehicle keeps its HV on</source>
        <translation>รถยังเปิด HV</translation>
    </message>
    <message>
        <source>Parking brake not confirmed</source>
        <translation>ไม่ยืนยันเบรกจอด</translation>
    </message>
    <message>
        <source>Bay door opened</source>
        <translation>ประตูจุดจอดเปิด</translation>
    </message>
    <message>
        <source>Load cell reads a wrong mass</source>
        <translation>โหลดเซลล์อ่านน้ำหนักผิด</translation>
    </message>
    <message>
        <source>Lock head torque low</source>
        <translation>แรงบิดหัวล็อกต่ำ</translation>
    </message>
    <message>
        <source>Charger fault in the chosen slot</source>
        <translation>เครื่องชาร์จขัดข้องในช่องที่เลือก</translation>
    </message>
    <message>
        <source>Pack alarm in the chosen slot</source>
        <translation>สัญญาณเตือนแบตเตอรี่ในช่องที่เลือก</translation>
    </message>
    <message>
        <source>Insulation low in the chosen slot</source>
        <translation>ค่าฉนวนต่ำในช่องที่เลือก</translation>
    </message>
    <message>
        <source>BMS overstates health in the chosen slot</source>
        <translation>BMS แจ้งสุขภาพสูงเกินจริงในช่องที่เลือก</translation>
    </message>
    <message>
        <source>E-stop pressed</source>
        <translation>กดหยุดฉุกเฉิน</translation>
    </message>
    <message>
        <source>Light curtain interrupted</source>
        <translation>ม่านแสงถูกบัง</translation>
    </message>
    <message>
        <source>Controller stops answering</source>
        <translation>ตัวควบคุมหยุดตอบ</translation>
    </message>
    <message>
        <source>Serial cable pulled</source>
        <translation>สายซีเรียลถูกถอด</translation>
    </message>
    <message>
        <source>Damaged answers</source>
        <translation>คำตอบเสียหาย</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>ตอบช้า</translation>
    </message>
    <message>
        <source>Answers lost</source>
        <translation>คำตอบหาย</translation>
    </message>
    <message>
        <source>Noise on the line</source>
        <translation>สัญญาณรบกวนในสาย</translation>
    </message>
    <message>
        <source>Controller heartbeat stops</source>
        <translation>heartbeat ของตัวควบคุมหยุด</translation>
    </message>
    <message>
        <source>Controller restarts</source>
        <translation>ตัวควบคุมรีสตาร์ต</translation>
    </message>
    <message>
        <source>The vehicle left the bay.</source>
        <translation>รถออกจากจุดจอดแล้ว</translation>
    </message>
    <message>
        <source>Injected faults cleared.</source>
        <translation>ล้างข้อขัดข้องจำลองแล้ว</translation>
    </message>
    <message>
        <source>E-stop circuit reset at the cabinet: confirm with a reset at the console.</source>
        <translation>รีเซ็ตวงจรหยุดฉุกเฉินที่ตู้ควบคุมแล้ว: ยืนยันด้วยการรีเซ็ตที่คอนโซล</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>จุดจอดว่าง</translation>
    </message>
    <message>
        <source>The bay&apos;s start button was pressed: the controller starts a swap.</source>
        <translation>มีการกดปุ่มเริ่มที่จุดจอด: ตัวควบคุมเริ่มการสลับ</translation>
    </message>
    <message>
        <source>A swap is running: the vehicle is locked in the bay.</source>
        <translation>การสลับกำลังทำงาน: รถถูกล็อกอยู่ในจุดจอด</translation>
    </message>
    <message>
        <source>A vehicle is already in the bay: tap Vehicle leaves first.</source>
        <translation>มีรถอยู่ในจุดจอดแล้ว: แตะ รถออก ก่อน</translation>
    </message>
    <message>
        <source>SIMULATION: training controls</source>
        <translation>โหมดจำลอง: ชุดควบคุมการฝึก</translation>
    </message>
    <message>
        <source>These controls act on the simulated station only. A vehicle sent in drives into the bay as a real one would.</source>
        <translation>ชุดควบคุมนี้มีผลกับสถานีจำลองเท่านั้น รถที่ส่งเข้าไปจะขับเข้าจุดจอดเหมือนรถจริง</translation>
    </message>
    <message>
        <source>Send a vehicle into the bay</source>
        <translation>ส่งรถเข้าจุดจอด</translation>
    </message>
    <message>
        <source>Random vehicle</source>
        <translation>รถแบบสุ่ม</translation>
    </message>
    <message>
        <source>Vehicle that parks badly</source>
        <translation>รถที่จอดไม่ตรง</translation>
    </message>
    <message>
        <source>Vehicle leaves</source>
        <translation>รถออก</translation>
    </message>
    <message>
        <source>Attendant presses the bay&apos;s start button</source>
        <translation>พนักงานกดปุ่มเริ่มที่จุดจอด</translation>
    </message>
    <message>
        <source>Inject a fault (slot faults act on the chosen slot)</source>
        <translation>จำลองข้อขัดข้อง (ข้อขัดข้องของช่องมีผลกับช่องที่เลือก)</translation>
    </message>
    <message>
        <source>Clear injected faults</source>
        <translation>ล้างข้อขัดข้องจำลอง</translation>
    </message>
    <message>
        <source>E-stop reset key at the cabinet</source>
        <translation>กุญแจรีเซ็ตหยุดฉุกเฉินที่ตู้ควบคุม</translation>
    </message>
    <message>
        <source>Tap a control: what the simulator did shows here.</source>
        <translation>แตะปุ่มควบคุม: ผลจากเครื่องจำลองจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (ช่อง %2)</translation>
    </message>
    <message>
        <source>%1 drives into the bay.</source>
        <translation>%1 ขับเข้าจุดจอด</translation>
    </message>
    <message>
        <source>Slot %1 holds no pack: choose another slot.</source>
        <translation>ช่อง %1 ไม่มีแบตเตอรี่: เลือกช่องอื่น</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>เสร็จแล้ว: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN ใหม่</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>เปลี่ยนบทบาท</translation>
    </message>
    <message>
        <source>Read a badge</source>
        <translation>อ่านบัตร</translation>
    </message>
    <message>
        <source>Take the badge away</source>
        <translation>ยกเลิกบัตร</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ปิดใช้</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>เปิดใช้</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>PIN ใหม่ของ %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 มี PIN ใหม่แล้ว</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>เพิ่ม %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>ตอนนี้ %1 เป็น %2</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>เปิดใช้ %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>ปิดใช้ %1 แล้ว</translation>
    </message>
    <message>
        <source>Show %1&apos;s badge to the reader now.</source>
        <translation>แสดงบัตรของ %1 ที่เครื่องอ่านบัตรตอนนี้</translation>
    </message>
    <message>
        <source>%1 has no badge now.</source>
        <translation>ตอนนี้ %1 ไม่มีบัตรแล้ว</translation>
    </message>
    <message>
        <source>%1&apos;s badge is read.</source>
        <translation>อ่านบัตรของ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The vehicle&apos;s plate:</source>
        <translation>ทะเบียนรถ:</translation>
    </message>
    <message>
        <source>%1: its fleet (the keyboard, or one plugged in):</source>
        <translation>%1: กองรถ (ใช้แป้นพิมพ์บนจอ หรือแป้นพิมพ์ที่เสียบไว้):</translation>
    </message>
    <message>
        <source>%1: its model (may stay empty), then OK:</source>
        <translation>%1: รุ่น (เว้นว่างได้) แล้วแตะ “ตกลง”:</translation>
    </message>
    <message>
        <source>%1: its pack type:</source>
        <translation>%1: ชนิดแบตเตอรี่:</translation>
    </message>
    <message>
        <source>%1: how many pack blocks it carries:</source>
        <translation>%1: จำนวนบล็อกแบตเตอรี่ที่มี:</translation>
    </message>
    <message>
        <source>%1: its fleet is needed: type it, then OK.</source>
        <translation>%1: ต้องระบุกองรถ: พิมพ์แล้วแตะ “ตกลง”</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <source>Plate</source>
        <translation>ทะเบียน</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>กองรถ</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>ชนิดแบตเตอรี่</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>บล็อก</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>ปิดใช้</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>เปิดใช้</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>รายการรถ</translation>
    </message>
    <message>
        <source>Only a signed-in technician or supervisor changes the vehicle registry: sign in to add, edit, disable or import.</source>
        <translation>เฉพาะช่างเทคนิคหรือหัวหน้างานที่เข้าสู่ระบบแล้วเท่านั้นที่แก้ไขรายการรถได้: เข้าสู่ระบบเพื่อเพิ่ม แก้ไข ปิดใช้ หรือนำเข้า</translation>
    </message>
    <message>
        <source>Find a plate</source>
        <translation>ค้นหาทะเบียน</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>เพิ่มรถ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ปิดใช้</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>นำเข้าจาก CSV</translation>
    </message>
    <message>
        <source>Plates holding:</source>
        <translation>ทะเบียนที่มี:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <source>Tap the CSV file: a USB stick, or the data directory. Its first line names the columns plate, fleet, model, pack_type, blocks (tags if any).</source>
        <translation>แตะไฟล์ CSV: จาก USB แฟลชไดรฟ์ หรือไดเรกทอรีข้อมูล บรรทัดแรกของไฟล์ระบุคอลัมน์ plate, fleet, model, pack_type, blocks (tags ถ้ามี)</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>นำเข้าไฟล์นี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>เปิดใช้</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>ค้นหา: %1</translation>
    </message>
    <message>
        <source>Editing %1: the plate stays (a new plate is a new vehicle: add it).</source>
        <translation>กำลังแก้ไข %1: ทะเบียนคงเดิม (ทะเบียนใหม่คือรถคันใหม่: ให้เพิ่มรถ)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Tap the file to import.</source>
        <translation>แตะไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>No CSV file found: plug in the USB stick with the vehicle list (or put the file in the data directory) and tap Import from CSV again.</source>
        <translation>ไม่พบไฟล์ CSV: เสียบ USB แฟลชไดรฟ์ที่มีรายการรถ (หรือวางไฟล์ในไดเรกทอรีข้อมูล) แล้วแตะ “นำเข้าจาก CSV” อีกครั้ง</translation>
    </message>
    <message>
        <source>Import %1? Every line is checked first: one wrong line and nothing changes.</source>
        <translation>นำเข้า %1 หรือไม่ ทุกบรรทัดจะถูกตรวจก่อน: หากผิดแม้บรรทัดเดียว จะไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
</context>
<context>
    <name>_Keys</name>
    <message>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
</context>
<context>
    <name>_Pad</name>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
</TS>
