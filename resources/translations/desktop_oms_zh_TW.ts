<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock — {0}</source>
        <translation>調整庫存 — {0}</translation>
    </message>
    <message>
        <source>Units to add (positive) or take away (negative)</source>
        <translation>要增加（正數）或減少（負數）的件數</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <source>Other (describe it)</source>
        <translation>其他（請說明）</translation>
    </message>
    <message>
        <source>What happened, where (e.g. shelf B3 recount)</source>
        <translation>發生了什麼、在哪裡（例如：B3 貨架重新盤點）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>&amp;Change by</source>
        <translation>調整數量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>說明(&amp;D)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>{0} on hand → {1}; {2} reserved</source>
        <translation>在庫 {0} → {1}；已預留 {2}</translation>
    </message>
    <message>
        <source>{0} on hand, {1} reserved, {2} available</source>
        <translation>在庫 {0}，已預留 {1}，可用 {2}</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeTableModel</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>now {0}</source>
        <translation>現為{0}</translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <source>{0}: {1} orders…</source>
        <translation>{0}：{1} 筆訂單…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>{0} of {1} orders done, {2} refused.</source>
        <translation>已處理 {0}/{1} 筆訂單，{2} 個被拒絕。</translation>
    </message>
    <message>
        <source>Stopping after the current order…</source>
        <translation>處理完目前訂單後停止…</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>On hand Δ</source>
        <translation>在庫變化</translation>
    </message>
    <message>
        <source>Reserved Δ</source>
        <translation>預留變化</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>單據編號</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Ledger — {0}</source>
        <translation>庫存流水 — {0}</translation>
    </message>
    <message>
        <source>{0} on hand · {1} reserved · {2} available · low at {3}</source>
        <translation>在庫 {0} · 已預留 {1} · 可用 {2} · 預警值 {3}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>暫無庫存變動。</translation>
    </message>
    <message>
        <source>The newest {0} movements, newest first.</source>
        <translation>最近 {0} 筆變動，最新的在前。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>desktop-oms — log in</source>
        <translation>desktop-oms — 登入</translation>
    </message>
    <message>
        <source>desktop-oms — new shop</source>
        <translation>desktop-oms — 新店鋪</translation>
    </message>
    <message>
        <source>Create the administrator of this shop</source>
        <translation>建立本店鋪的管理員</translation>
    </message>
    <message>
        <source>Log in to {0}</source>
        <translation>登入 {0}</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>建立並登入</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>This database has no users yet. The administrator can add packers, agents and managers afterwards.</source>
        <translation>此資料庫還沒有使用者。管理員之後可以新增包裝員、客服和經理。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>desktop-oms — {0}</source>
        <translation>desktop-oms — {0}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The shop&apos;s database</source>
        <translation>店鋪資料庫</translation>
    </message>
    <message>
        <source>○ connecting…</source>
        <translation>○ 正在連線…</translation>
    </message>
    <message>
        <source>updates on F5</source>
        <translation>按 F5 重新整理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>登出(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>開啟訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Allocate selected</source>
        <translation>分配所選訂單(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hold selected…</source>
        <translation>暫緩所選訂單(&amp;H)…</translation>
    </message>
    <message>
        <source>R&amp;elease selected</source>
        <translation>解除暫緩所選訂單(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel selected…</source>
        <translation>取消所選訂單(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About desktop-oms</source>
        <translation>關於 desktop-oms(&amp;A)</translation>
    </message>
    <message>
        <source>About desktop-oms</source>
        <translation>關於 desktop-oms</translation>
    </message>
    <message>
        <source>desktop-oms — the back office for an online shop&apos;s orders, stock, packing, shipping and after-sales.</source>
        <translation>desktop-oms — 網路商店後台：訂單、庫存、包裝、出貨與售後。</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● 即時</translation>
    </message>
    <message>
        <source>○ reconnecting…</source>
        <translation>○ 正在重新連線…</translation>
    </message>
    <message>
        <source>Changes made at other stations appear here by themselves</source>
        <translation>其他工作站所做的變更會自動顯示在這裡</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying</source>
        <translation>無法連線資料庫，正在重試</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order {0}</source>
        <translation>訂單 {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>收貨人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province/State</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>國家（兩位字母代碼）</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>復原修改</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>單據編號</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收貨地址</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明細</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款記錄</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} {3} · {4} / {5}</source>
        <translation>{0} · {1} · {2} {3} · {4} / {5}</translation>
    </message>
    <message>
        <source>(no customer details)</source>
        <translation>（無客戶資訊）</translation>
    </message>
    <message>
        <source>The address is fixed once the order is packed.</source>
        <translation>訂單包裝後地址不能再修改。</translation>
    </message>
    <message>
        <source>Your role may not change addresses.</source>
        <translation>您的角色無權修改地址。</translation>
    </message>
    <message>
        <source>Gift message: {0}</source>
        <translation>禮品留言：{0}</translation>
    </message>
    <message>
        <source>On hold because: {0}</source>
        <translation>暫緩原因：{0}</translation>
    </message>
    <message>
        <source>{0} shipped</source>
        <translation>已出貨 {0}</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>{0} of {1} reserved</source>
        <translation>已預留 {0}/{1}</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>未預留</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>{0} {1} × {2}</source>
        <translation>{0} {1} × {2}</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>Tracking: {0}</source>
        <translation>物流單號：{0}</translation>
    </message>
    <message>
        <source>Address saved.</source>
        <translation>地址已儲存。</translation>
    </message>
    <message>
        <source>This order was changed at another desk — reloaded. Your address was not saved; check the order and enter it again.</source>
        <translation>此訂單已在其他工作台被修改，已重新載入。您的地址沒有儲存；請核對訂單後重新輸入。</translation>
    </message>
</context>
<context>
    <name>OrderQueueTableModel</name>
    <message>
        <source>Order</source>
        <extracomment>Pages kept in memory; more are dropped, farthest from the last one asked for first. After a live update, the anchors (a scan of the whole filter) are renewed at most this often... ...unless the filter is small enough to scan every time. Status colours: (text, background), soft enough to read all day. A page of rows and, for each, the texts of its columns. The first page of a new filter is in, and when the count is known (the anchors come later). A refresh (F5, live update) has replaced every loaded page.</extracomment>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>點選排序</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Search order number, customer, phone or e-mail  (Ctrl+F)</source>
        <extracomment>Orders allocated per call in a batch: progress and Stop between chunks. The chips, in the order an order lives. Something this panel did changed orders (the stock tab may want to know).</extracomment>
        <translation>搜尋訂單編號、客戶、電話或電子郵件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何時間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>任何付款狀態</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>暫緩…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除暫緩</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消訂單…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Reserve stock for the selected orders, whole orders only</source>
        <translation>為所選訂單預留庫存（僅整單分配）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>All {0}</source>
        <translation>全部 {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} 筆訂單</translation>
    </message>
    <message>
        <source>Hold orders</source>
        <translation>暫緩訂單</translation>
    </message>
    <message>
        <source>Why are these {0} orders held?</source>
        <translation>為什麼暫緩這 {0} 筆訂單？</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>取消訂單</translation>
    </message>
    <message>
        <source>Cancel {0} orders and release their stock. Reason:</source>
        <translation>取消 {0} 筆訂單並釋放其庫存。原因：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product — {0}</source>
        <translation>商品 — {0}</translation>
    </message>
    <message>
        <source>EAN-13, UPC or your own code</source>
        <translation>EAN-13、UPC 或自訂編碼</translation>
    </message>
    <message>
        <source>Tea &gt; Green tea (new levels are created)</source>
        <translation>茶葉 &gt; 綠茶（不存在的層級會自動建立）</translation>
    </message>
    <message>
        <source>Marked low when available is at or below this</source>
        <translation>可用數量等於或低於此值時標記為庫存不足</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>無圖片</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>On sale (active)</source>
        <translation>在售（啟用）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>條碼(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分類(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Low at</source>
        <translation>預警值(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>圖片(&amp;I)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>商品圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是圖片</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Scan or type the SKU</source>
        <translation>掃描或輸入 SKU</translation>
    </message>
    <message>
        <source>Delivery note, supplier or purchase order (optional)</source>
        <translation>送貨單、供應商或採購單（選填）</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>數量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Enter the SKU of the product received.</source>
        <translation>請輸入所收商品的 SKU。</translation>
    </message>
    <message>
        <source>Received {0} × {1}; now {2} on hand, {3} available.</source>
        <translation>已收貨 {0} × {1}；現在在庫 {2}，可用 {3}。</translation>
    </message>
    <message>
        <source>1 backorder allocated ({0}).</source>
        <translation>已分配 1 個缺貨待補訂單（{0}）。</translation>
    </message>
    <message>
        <source>{0} backorders allocated ({1}).</source>
        <translation>已分配 {0} 個缺貨待補訂單（{1}）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of desktop-oms.</source>
        <translation>新語言將在下次啟動 desktop-oms 時生效。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>已連線：{0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Name: the shop needs a name.</source>
        <translation>名稱：店鋪必須有名稱。</translation>
    </message>
    <message>
        <source>Address: at most 6 lines of at most 120 characters each.</source>
        <translation>地址：最多 6 行，每行最多 120 個字元。</translation>
    </message>
    <message>
        <source>Phone: a phone number needs digits.</source>
        <translation>電話：電話號碼必須包含數字。</translation>
    </message>
    <message>
        <source>E-mail: “{0}” is not an e-mail address (like shop@example.com).</source>
        <translation>電子郵件：「{0}」不是有效的電子郵件地址（例如 shop@example.com）。</translation>
    </message>
    <message>
        <source>Logo: choose an existing PNG or JPEG file, or leave it empty.</source>
        <translation>標誌：請選擇一個已有的 PNG 或 JPEG 檔案，或留空。</translation>
    </message>
    <message>
        <source>Time zone: choose one from the list (like Asia/Shanghai).</source>
        <translation>時區：請從清單中選擇（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Password: this computer has no password store (keyring), so the password cannot be kept safely and nothing was saved. Leave it empty if the server lets you in without one.</source>
        <translation>密碼：這台電腦沒有系統密碼庫（keyring），無法安全地儲存密碼，因此什麼都沒有儲存。如果伺服器允許無密碼登入，請將密碼留空。</translation>
    </message>
    <message>
        <source>Language: choose one from the list.</source>
        <translation>語言：請從清單中選擇。</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Search SKU, product name or barcode</source>
        <extracomment>Column widths in pixels; the product name takes what is left. Something this panel did changed stock or the catalogue (other tabs may want to know).</extracomment>
        <translation>搜尋 SKU、商品名稱或條碼</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>僅顯示庫存不足</translation>
    </message>
    <message>
        <source>Products whose available units are at or below their threshold</source>
        <translation>可用數量等於或低於預警值的商品</translation>
    </message>
    <message>
        <source>&amp;Receive goods…</source>
        <translation>收貨(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;djust…</source>
        <translation>調整(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>編輯商品(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>庫存流水(&amp;L)</translation>
    </message>
    <message>
        <source>Goods in: add units and serve waiting backorders</source>
        <translation>收貨：增加庫存並分配給等待中的缺貨待補訂單</translation>
    </message>
    <message>
        <source>Correct on hand after a count, damage or loss, with a reason</source>
        <translation>盤點、損壞或遺失後更正在庫數量，並註明原因</translation>
    </message>
    <message>
        <source>Every change of the selected product&apos;s stock (Enter)</source>
        <translation>所選商品庫存的每一次變動（Enter）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>{0} products</source>
        <translation>{0} 個商品</translation>
    </message>
    <message>
        <source>{0} products, {1} low</source>
        <translation>{0} 個商品，{1} 個庫存不足</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>您的角色無權執行此操作</translation>
    </message>
    <message>
        <source>Received: {0} now {1} on hand, {2} available.</source>
        <translation>已收貨：{0} 現在在庫 {1}，可用 {2}。</translation>
    </message>
    <message>
        <source>Adjusted: {0} now {1} on hand, {2} available.</source>
        <translation>已調整：{0} 現在在庫 {1}，可用 {2}。</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已儲存 {0}。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
</context>
<context>
    <name>StockReasons</name>
    <message>
        <source>Stock count</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找回</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>SKU</source>
        <extracomment>What the sort proxy sorts by: raw numbers, not their text. The SKU of a row, in every column. Soft backgrounds, readable all day: amber when low, red when nothing is left to sell.</extracomment>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>條碼</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>預警值</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Units in the warehouse</source>
        <translation>倉庫中的件數</translation>
    </message>
    <message>
        <source>Units set aside for allocated orders</source>
        <translation>為已分配訂單預留的件數</translation>
    </message>
    <message>
        <source>On hand minus reserved: what can still be sold</source>
        <translation>在庫減去已預留：還能賣出的數量</translation>
    </message>
    <message>
        <source>Low-stock threshold: the row is marked when available is at or below it</source>
        <translation>庫存預警值：可用數量等於或低於此值時標記該行</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <source>Nothing left to sell</source>
        <translation>已無可售庫存</translation>
    </message>
    <message>
        <source>Low: {0} available, marked at {1} or fewer</source>
        <translation>庫存不足：可用 {0}，預警值為 {1}</translation>
    </message>
</context>
<context>
    <name>_DatabasePage</name>
    <message>
        <source>Where this computer finds the shop&apos;s data. A change takes effect when desktop-oms is started again.</source>
        <extracomment>Each language by its own name: a person who cannot read the current one still finds theirs.</extracomment>
        <translation>這台電腦從哪裡讀取店鋪資料。修改將在重新啟動 desktop-oms 後生效。</translation>
    </message>
    <message>
        <source>This &amp;computer (a file)</source>
        <translation>這台電腦（一個檔案）(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server</source>
        <translation>PostgreSQL 伺服器(&amp;P)</translation>
    </message>
    <message>
        <source>The shop&apos;s database file, e.g. shop.db</source>
        <translation>店鋪的資料庫檔案，例如 shop.db</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選擇(&amp;O)…</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder like /var/run/postgresql</source>
        <translation>db.example.com，或通訊端目錄，例如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s password store, never in a file</source>
        <translation>儲存在這台電腦的系統密碼庫中，絕不寫入檔案</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主機(&amp;H)</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>連接埠(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>File: choose where the database file is.</source>
        <translation>檔案：請選擇資料庫檔案的位置。</translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s name or address.</source>
        <translation>主機：請輸入伺服器的名稱或地址。</translation>
    </message>
    <message>
        <source>Database: enter the name of the shop&apos;s database on the server.</source>
        <translation>資料庫：請輸入伺服器上店鋪資料庫的名稱。</translation>
    </message>
    <message>
        <source>The shop&apos;s database file</source>
        <translation>店鋪的資料庫檔案</translation>
    </message>
    <message>
        <source>Shop databases (*.db *.sqlite);;All files (*)</source>
        <translation>店鋪資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <source>Working…</source>
        <extracomment>Why stock is adjusted: the stable word stored in the ledger, and its label.</extracomment>
        <translation>處理中…</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <source>Printed on packing slips and labels. Only an administrator can change the shop&apos;s details.</source>
        <translation>列印在裝箱單和標籤上。只有管理員可以修改店鋪資訊。</translation>
    </message>
    <message>
        <source>One line per line of the address</source>
        <translation>地址每行一行</translation>
    </message>
    <message>
        <source>No logo (PNG or JPEG)</source>
        <translation>無標誌（PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選擇(&amp;O)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>這台電腦的時區</translation>
    </message>
    <message>
        <source>The shop&apos;s days (reports, “today”) begin at midnight in this zone</source>
        <translation>店鋪的每一天（報表、「今天」）從此時區的午夜開始</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>標誌(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是圖片</translation>
    </message>
    <message>
        <source>The shop&apos;s logo</source>
        <translation>店鋪標誌</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg)</source>
        <translation>標誌 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database:
{0}</source>
        <translation>無法開啟資料庫：
{0}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>設定已儲存</translation>
    </message>
    <message>
        <source>The new database or language takes effect when desktop-oms starts again.</source>
        <translation>新的資料庫或語言將在下次啟動 desktop-oms 時生效。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接單</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已暫緩</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺貨待補</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>揀貨中</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>貨到付款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>COD pending</source>
        <translation>貨到付款待收</translation>
    </message>
    <message>
        <source>COD collected</source>
        <translation>貨到付款已收</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>包裝員</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Goods in</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>預留</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>釋放</translation>
    </message>
    <message>
        <source>Return restocked</source>
        <translation>退貨入庫</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>盤點調整</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>揀貨</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>報損</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>backordered</source>
        <translation>轉為缺貨待補</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>已暫緩</translation>
    </message>
    <message>
        <source>released from hold</source>
        <translation>已解除暫緩</translation>
    </message>
    <message>
        <source>ship-to address changed</source>
        <translation>收貨地址已修改</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>使用者名稱不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>The database cannot be reached: {0}. Try again in a moment.</source>
        <translation>無法連線資料庫：{0}。請稍後再試。</translation>
    </message>
    <message>
        <source>Something went wrong inside desktop-oms ({0}). Details are in the log.</source>
        <translation>desktop-oms 內部出錯（{0}）。詳細資訊已寫入日誌。</translation>
    </message>
    <message>
        <source>{0} {1} cannot move from “{2}” to “{3}”.</source>
        <translation>{0} {1} 無法從「{2}」變為「{3}」。</translation>
    </message>
    <message>
        <source>There is no {0} “{1}”.</source>
        <translation>不存在{0}「{1}」。</translation>
    </message>
    <message>
        <source>Your role may not do this ({0}).</source>
        <translation>您的角色無權執行此操作（{0}）。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} {1} was changed at another desk — reloaded. Check it and try again.</source>
        <translation>{0} {1} 已在其他工作台被修改，已重新載入。請核對後重試。</translation>
    </message>
    <message>
        <source>{0}: {1} wanted but only {2} available.</source>
        <translation>{0}：需要 {1}，但只有 {2} 可用。</translation>
    </message>
    <message>
        <source>This user is locked after five failed log-ins until {0}.</source>
        <translation>此使用者連續五次登入失敗，已被鎖定至 {0}。</translation>
    </message>
</context>
</TS>
