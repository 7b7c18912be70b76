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
    <name>CarriersPage</name>
    <message>
        <source>The carriers&apos; tracking APIs, for every station of the shop. Secrets are kept in this computer&apos;s keyring.</source>
        <translation>貨運公司的物流查詢介面，店鋪的所有工作站共用。金鑰保存在本機的金鑰圈中。</translation>
    </message>
    <message>
        <source>Only an administrator can change the carriers.</source>
        <translation>只有管理員可以變更貨運公司設定。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎 URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>&amp;Enabled: poll this carrier</source>
        <translation>啟用：向此貨運公司查詢(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>無需憑證</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>基礎 URL(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Partner ID</source>
        <translation>顧客編碼(&amp;P)</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>用戶端 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客戶編號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>授權 Key(&amp;K)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>Check &amp;word</source>
        <translation>校驗碼(&amp;W)</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>用戶端密鑰(&amp;S)</translation>
    </message>
    <message>
        <source>{0} stored — type to replace</source>
        <translation>{0} 已儲存 — 輸入新值以取代</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有變更。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved; the secret is kept in this computer&apos;s keyring.</source>
        <translation>已儲存；金鑰保存在本機的金鑰圈中。</translation>
    </message>
    <message>
        <source>Saved; this computer has no keyring: the secret is kept in the shop&apos;s database.</source>
        <translation>已儲存；本機沒有金鑰圈：金鑰保存在店鋪的資料庫中。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved settings.</source>
        <translation>請先儲存變更：測試使用的是已儲存的設定。</translation>
    </message>
    <message>
        <source>Asking {0}…</source>
        <translation>正在詢問 {0}…</translation>
    </message>
    <message>
        <source>Simulator (DHL format)</source>
        <translation>模擬器（DHL 格式）</translation>
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
        <source>Packing</source>
        <translation>包裝</translation>
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
        <source>&amp;Give back from packing…</source>
        <translation>從包裝台退回佇列(&amp;G)…</translation>
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
        <source>Give back from packing</source>
        <translation>從包裝台退回佇列</translation>
    </message>
    <message>
        <source>Give {0} orders back from their packing station. Why?</source>
        <translation>將 {0} 筆訂單從其包裝工作站退回佇列。原因？</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
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
        <source>Location</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已掃描</translation>
    </message>
</context>
<context>
    <name>PackingPanel</name>
    <message>
        <source>Press Enter for the next order, or scan an order&apos;s barcode.</source>
        <extracomment>Esc must be pressed twice within this time to give an order back.</extracomment>
        <translation>按 Enter 領取下一筆訂單，或掃描訂單條碼。</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>在此掃描</translation>
    </message>
    <message>
        <source>Scan box</source>
        <translation>掃描欄位</translation>
    </message>
    <message>
        <source>Enter: next order · Ctrl+Z: undo the last scan · Esc twice: give the order back · F4: choose the carrier · F6: print the slip again</source>
        <translation>Enter：下一筆訂單 · Ctrl+Z：復原上一次掃描 · 按兩次 Esc：退回訂單 · F4：選擇貨運公司 · F6：重新列印裝箱單</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>工作站：{0}</translation>
    </message>
    <message>
        <source>Your role may not pack orders.</source>
        <translation>您的角色無權包裝訂單。</translation>
    </message>
    <message>
        <source>One moment — still saving the last step.</source>
        <translation>請稍候 — 上一步仍在儲存中。</translation>
    </message>
    <message>
        <source>Scan the next item of {0}.</source>
        <translation>請掃描 {0} 的下一件商品。</translation>
    </message>
    <message>
        <source>Scan the carrier&apos;s tracking label.</source>
        <translation>請掃描物流標籤。</translation>
    </message>
    <message>
        <source>Taking the next order…</source>
        <translation>正在領取下一筆訂單…</translation>
    </message>
    <message>
        <source>Taking order {0}…</source>
        <translation>正在領取訂單 {0}…</translation>
    </message>
    <message>
        <source>{0} is packed. Scan the carrier&apos;s tracking label (F6 prints the slip again).</source>
        <translation>{0} 已包裝。請掃描物流標籤（按 F6 重新列印裝箱單）。</translation>
    </message>
    <message>
        <source>{0} was still open at this station: scan all its items again.</source>
        <translation>{0} 在本工作站尚未完成：請重新掃描所有商品。</translation>
    </message>
    <message>
        <source>Scan the items of {0}: {1} units.</source>
        <translation>請掃描 {0} 的商品：共 {1} 件。</translation>
    </message>
    <message>
        <source>No order is waiting to be packed. Press Enter to look again.</source>
        <translation>沒有待包裝的訂單。按 Enter 重新查詢。</translation>
    </message>
    <message>
        <source>That is this order&apos;s own barcode: scan its items.</source>
        <translation>這是本訂單本身的條碼：請掃描訂單中的商品。</translation>
    </message>
    <message>
        <source>✓ {0} — {1}  {2} / {3}</source>
        <translation>✓ {0} — {1}  {2} / {3}</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <source>✗ One too many: {0} needs {1}. Put it back.</source>
        <translation>✗ 多掃了一件：{0} 只需 {1} 件。請放回。</translation>
    </message>
    <message>
        <source>✗ Not in this order: {0}</source>
        <translation>✗ 不屬於本訂單：{0}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的掃描。</translation>
    </message>
    <message>
        <source>Undone: {0}  {1} / {2}</source>
        <translation>已復原：{0}  {1} / {2}</translation>
    </message>
    <message>
        <source>Press Esc again to give {0} back.</source>
        <translation>再按一次 Esc 將 {0} 退回佇列。</translation>
    </message>
    <message>
        <source>Giving {0} back…</source>
        <translation>正在將 {0} 退回佇列…</translation>
    </message>
    <message>
        <source>{0} given back. Press Enter for the next order.</source>
        <translation>{0} 已退回佇列。按 Enter 領取下一筆訂單。</translation>
    </message>
    <message>
        <source>Printing the slip of {0} again.</source>
        <translation>正在重新列印 {0} 的裝箱單。</translation>
    </message>
    <message>
        <source>All items scanned — packing {0}…</source>
        <translation>商品已全部掃描 — 正在包裝 {0}…</translation>
    </message>
    <message>
        <source>Packed ✓ Scan the carrier&apos;s tracking label.</source>
        <translation>已包裝 ✓ 請掃描物流標籤。</translation>
    </message>
    <message>
        <source>The packing slip is printing.</source>
        <translation>正在列印裝箱單。</translation>
    </message>
    <message>
        <source>✗ That is an item, not a tracking label.</source>
        <translation>✗ 這是商品，不是物流標籤。</translation>
    </message>
    <message>
        <source>✗ Not a tracking number: {0}</source>
        <translation>✗ 不是物流單號：{0}</translation>
    </message>
    <message>
        <source>{0} fits several carriers: press 1–{1}, or Enter for the first.</source>
        <translation>{0} 符合多家貨運公司：按 1–{1} 選擇，或按 Enter 選第一家。</translation>
    </message>
    <message>
        <source>Choose the carrier: press 1–{0}, then scan the label.</source>
        <translation>選擇貨運公司：按 1–{0}，然後掃描物流標籤。</translation>
    </message>
    <message>
        <source>✗ Press a number from 1 to {0}.</source>
        <translation>✗ 請按 1 到 {0} 之間的數字。</translation>
    </message>
    <message>
        <source>{0}: scan the tracking label.</source>
        <translation>{0}：請掃描物流標籤。</translation>
    </message>
    <message>
        <source>Shipping {0} with {1} {2}…</source>
        <translation>正在出貨 {0}：{1} {2}…</translation>
    </message>
    <message>
        <source>Last: {0} shipped with {1} {2}</source>
        <translation>上一筆：{0} 已出貨（{1} {2}）</translation>
    </message>
    <message>
        <source>{0} shipped ✓</source>
        <translation>{0} 已出貨 ✓</translation>
    </message>
    <message>
        <source>Slip of {0} sent to {1}.</source>
        <translation>{0} 的裝箱單已傳送至 {1}。</translation>
    </message>
    <message>
        <source>The slip did not print: {0} — F6 tries again.</source>
        <translation>裝箱單未能列印：{0} — 按 F6 重試。</translation>
    </message>
    <message>
        <source>Wrong item: {0} {1} is not in this order.</source>
        <translation>商品錯誤：{0} {1} 不屬於本訂單。</translation>
    </message>
    <message>
        <source>Unknown code: no product has this barcode or SKU.</source>
        <translation>未知條碼：沒有商品使用此條碼或 SKU。</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>無訂單</translation>
    </message>
    <message>
        <source>Cash on delivery: collect {0} {1:.2f}</source>
        <translation>貨到付款：代收 {0} {1:.2f}</translation>
    </message>
    <message>
        <source>Gift message: {0}</source>
        <translation>禮品留言：{0}</translation>
    </message>
    <message>
        <source>{0} of {1} units</source>
        <translation>{0}/{1} 件</translation>
    </message>
</context>
<context>
    <name>PageSizes</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信紙）</translation>
    </message>
    <message>
        <source>4 × 6 in label</source>
        <translation>4 × 6 英吋標籤</translation>
    </message>
</context>
<context>
    <name>PdfJobs</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>已儲存為 {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>符合寬度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>讓頁面符合視窗寬度</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <source>Pick list</source>
        <translation>揀貨單</translation>
    </message>
    <message>
        <source>The &amp;next</source>
        <translation>接下來的(&amp;N)</translation>
    </message>
    <message>
        <source>allocated orders nobody is packing</source>
        <translation>筆無人包裝的已分配訂單</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>紙張(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>Choose the orders and the paper, then Create: the preview opens.</source>
        <translation>選擇訂單和紙張，然後按「產生」：將開啟預覽。</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>正在產生揀貨單…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 頁</translation>
    </message>
    <message>
        <source>Pick list for {0} orders, {1}.</source>
        <translation>揀貨單：{0} 筆訂單，{1}。</translation>
    </message>
    <message>
        <source>No allocated order is waiting: there is nothing to pick.</source>
        <translation>沒有等待中的已分配訂單：無需揀貨。</translation>
    </message>
</context>
<context>
    <name>PollerStatusLabel</name>
    <message>
        <source>Tracking: first run shortly</source>
        <translation>物流追蹤：即將首次查詢</translation>
    </message>
    <message>
        <source>The carriers are asked about parcels on their way every few minutes</source>
        <translation>每隔幾分鐘向貨運公司查詢運送中的包裹</translation>
    </message>
    <message>
        <source>Tracking: polling…</source>
        <translation>物流追蹤：正在查詢…</translation>
    </message>
    <message>
        <source>Tracking: polling {0}/{1}…</source>
        <translation>物流追蹤：正在查詢 {0}/{1}…</translation>
    </message>
    <message>
        <source>Tracking: last run {0} — {1} polled, {2} updated, {3} errors</source>
        <translation>物流追蹤：上次查詢 {0} — 查詢 {1} 件，更新 {2} 件，錯誤 {3} 次</translation>
    </message>
    <message>
        <source>Tracking: last run {0} — {1} polled, {2} updated</source>
        <translation>物流追蹤：上次查詢 {0} — 查詢 {1} 件，更新 {2} 件</translation>
    </message>
    <message>
        <source>{0} new events</source>
        <translation>{0} 筆新動態</translation>
    </message>
    <message>
        <source>{0} answers set aside as unusable</source>
        <translation>{0} 筆無法使用的回覆已隔離</translation>
    </message>
    <message>
        <source>… and {0} more errors</source>
        <translation>… 另有 {0} 個錯誤</translation>
    </message>
    <message>
        <source>Tracking: last run {0} failed</source>
        <translation>物流追蹤：{0} 的查詢失敗</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print packing &amp;slips…</source>
        <translation>列印裝箱單(&amp;S)…</translation>
    </message>
    <message>
        <source>Pic&amp;k list…</source>
        <translation>揀貨單(&amp;K)…</translation>
    </message>
    <message>
        <source>Your role may not pack orders</source>
        <translation>您的角色無權包裝訂單</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Printing on {0}…</source>
        <translation>正在列印至 {0}…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>列印完本頁後停止…</translation>
    </message>
    <message>
        <source>Printed {0} pages on {1}.</source>
        <translation>已列印 {0} 頁（{1}）。</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>列印已停止。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>desktop-oms test page</source>
        <translation>desktop-oms 測試頁</translation>
    </message>
    <message>
        <source>The frame marks the printable area; the ruler below should measure exactly 100 mm.</source>
        <translation>外框標示可列印範圍；下方尺規應剛好是 100 公釐。</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>工作站：{0}</translation>
    </message>
    <message>
        <source>Printer: {0}</source>
        <translation>印表機：{0}</translation>
    </message>
    <message>
        <source>chosen in the print dialog</source>
        <translation>於列印對話方塊中選擇</translation>
    </message>
    <message>
        <source>Printed: {0}</source>
        <translation>列印時間：{0}</translation>
    </message>
    <message>
        <source>{0} mm</source>
        <translation>{0} 公釐</translation>
    </message>
    <message>
        <source>PDF file {0}</source>
        <translation>PDF 檔案 {0}</translation>
    </message>
    <message>
        <source>The printer “{0}” is not available on this computer. Choose another one in Settings → Printing.</source>
        <translation>這台電腦上沒有印表機「{0}」。請在「設定 → 列印」中選擇其他印表機。</translation>
    </message>
    <message>
        <source>The printer “{0}” could not start printing. Check that it is on and has paper, then try again.</source>
        <translation>印表機「{0}」無法開始列印。請確認印表機已開機且有紙，然後再試一次。</translation>
    </message>
    <message>
        <source>The PDF file “{0}” cannot be read.</source>
        <translation>無法讀取 PDF 檔案「{0}」。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as “{0}”: {1}.</source>
        <translation>PDF 無法儲存為「{0}」：{1}。</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsPage</name>
    <message>
        <source>These settings belong to this computer: each station sets its own.</source>
        <extracomment>As long as the packing service lets a station&apos;s name be.</extracomment>
        <translation>這些設定只適用於這台電腦：每個工作站各自設定。</translation>
    </message>
    <message>
        <source>Shown on the packing screen and in the scan log</source>
        <translation>顯示在包裝畫面和掃描記錄中</translation>
    </message>
    <message>
        <source>Print &amp;without a dialog at the pack bench</source>
        <translation>包裝台列印時不顯示對話方塊(&amp;W)</translation>
    </message>
    <message>
        <source>Packing slips go straight to the default printer; otherwise the preview opens first</source>
        <translation>裝箱單直接送至預設印表機；否則先開啟預覽</translation>
    </message>
    <message>
        <source>Print a test pa&amp;ge</source>
        <translation>列印測試頁(&amp;G)</translation>
    </message>
    <message>
        <source>This computer has no printer set up: slips open in the preview, from which they can be saved as PDF.</source>
        <translation>這台電腦尚未設定印表機：裝箱單會在預覽中開啟，可從預覽另存為 PDF。</translation>
    </message>
    <message>
        <source>S&amp;tation name</source>
        <translation>工作站名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Default &amp;printer</source>
        <translation>預設印表機(&amp;P)</translation>
    </message>
    <message>
        <source>Slip si&amp;ze</source>
        <translation>裝箱單紙張(&amp;Z)</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>每次詢問</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0}（無法使用）</translation>
    </message>
    <message>
        <source>Choose a default printer first</source>
        <translation>請先選擇預設印表機</translation>
    </message>
    <message>
        <source>Printing a test page on {0}…</source>
        <translation>正在列印測試頁至 {0}…</translation>
    </message>
    <message>
        <source>The test page went to {0}.</source>
        <translation>測試頁已傳送至 {0}。</translation>
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
    <name>ProgressRow</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
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
        <source>Printing</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>貨運公司</translation>
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
    <name>ShipmentDetailDialog</name>
    <message>
        <source>Shipment</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收貨城市</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>簽收時間</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>運送天數</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>上次查詢</translation>
    </message>
    <message>
        <source>Next ask</source>
        <translation>下次查詢</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Carrier&apos;s code</source>
        <translation>貨運公司代碼</translation>
    </message>
    <message>
        <source>What the carrier says</source>
        <translation>貨運公司說明</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>No scan from the carrier yet.</source>
        <translation>貨運公司尚無掃描紀錄。</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the carrier about this parcel now</source>
        <translation>立即向貨運公司查詢此包裹</translation>
    </message>
    <message>
        <source>Open tracking &amp;page</source>
        <translation>開啟物流查詢頁面(&amp;P)</translation>
    </message>
    <message>
        <source>The carrier&apos;s public tracking page, in the browser</source>
        <translation>在瀏覽器中開啟貨運公司的公開查詢頁面</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Your role may not ask the carriers</source>
        <translation>您的角色無權向貨運公司查詢</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Shipment {0} {1}</source>
        <translation>包裹 {0} {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Stuck: no news for {0} days</source>
        <translation>停滯：{0} 天無新動態</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>not any more</source>
        <translation>不再查詢</translation>
    </message>
    <message>
        <source>Delivered parcels and those shipped over 90 days ago are not asked about any more</source>
        <translation>已簽收的包裹和出貨超過 90 天的包裹不再查詢</translation>
    </message>
    <message>
        <source>This shipment is not in the database any more.</source>
        <translation>資料庫中已沒有這個包裹。</translation>
    </message>
    <message>
        <source>This carrier has no public tracking page</source>
        <translation>這家貨運公司沒有公開的查詢頁面</translation>
    </message>
    <message>
        <source>Asking {0}…</source>
        <translation>正在向 {0} 查詢…</translation>
    </message>
    <message>
        <source>The carrier could not be asked: {0}</source>
        <translation>無法向貨運公司查詢：{0}</translation>
    </message>
    <message>
        <source>{0} answered with an error: {1}</source>
        <translation>{0} 回覆錯誤：{1}</translation>
    </message>
    <message>
        <source>{0}&apos;s answer was unusable (malformed, or about another parcel); it was set aside and nothing changed.</source>
        <translation>{0} 的回覆無法使用（格式錯誤或是其他包裹的資訊），已隔離，未做任何變更。</translation>
    </message>
    <message>
        <source>Not asked: tracking has ended for this parcel (delivered, cancelled or shipped over 90 days ago).</source>
        <translation>未查詢：此包裹的追蹤已結束（已簽收、已取消或出貨超過 90 天）。</translation>
    </message>
    <message>
        <source>{0} answered: {1} new scans.</source>
        <translation>{0} 已回覆：{1} 筆新動態。</translation>
    </message>
    <message>
        <source>{0} answered: nothing new.</source>
        <translation>{0} 已回覆：沒有新動態。</translation>
    </message>
    <message>
        <source>No browser could be opened for {0}</source>
        <translation>無法開啟瀏覽器前往 {0}</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Search tracking or order number  (Ctrl+F)</source>
        <translation>搜尋物流單號或訂單編號（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>任何貨運公司</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Failed, held, delayed or returning parcels, and parcels with no news for too long</source>
        <translation>投遞失敗、暫緩、延誤或退回的包裹，以及長時間沒有新動態的包裹</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滯</translation>
    </message>
    <message>
        <source>Not delivered and no news from the carrier for {0} days</source>
        <translation>未簽收，且貨運公司已 {0} 天沒有新動態</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>The selected shipment&apos;s tracking timeline (Enter)</source>
        <translation>所選包裹的物流動態（Enter）</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>物流</translation>
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
        <source>Needs attention {0}</source>
        <translation>需要處理 {0}</translation>
    </message>
    <message>
        <source>Stuck {0}</source>
        <translation>停滯 {0}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>No shipments</source>
        <translation>沒有包裹</translation>
    </message>
    <message>
        <source>{0} shipments</source>
        <translation>{0} 個包裹</translation>
    </message>
</context>
<context>
    <name>ShipmentsTableModel</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流單號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最新動態</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Days since it was shipped, or until it was delivered</source>
        <translation>出貨至今的天數，已簽收則為出貨到簽收的天數</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Stuck: no news from the carrier for {0} days</source>
        <translation>停滯：貨運公司已 {0} 天沒有新動態</translation>
    </message>
</context>
<context>
    <name>SlipBatchDialog</name>
    <message>
        <source>Packing slips</source>
        <translation>裝箱單</translation>
    </message>
    <message>
        <source>All &amp;packed orders</source>
        <translation>所有已包裝訂單(&amp;P)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>紙張(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose the orders and the paper, then Create.</source>
        <translation>選擇訂單和紙張，然後按「產生」。</translation>
    </message>
    <message>
        <source>Making the slips…</source>
        <translation>正在產生裝箱單…</translation>
    </message>
    <message>
        <source>1 slip</source>
        <translation>1 張裝箱單</translation>
    </message>
    <message>
        <source>{0} slips</source>
        <translation>{0} 張裝箱單</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 頁</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}，{1}。</translation>
    </message>
    <message>
        <source>{0} for {1} orders, {2}.</source>
        <translation>{1} 筆訂單的 {0}，{2}。</translation>
    </message>
    <message>
        <source>Preview, print or save them.</source>
        <translation>可預覽、列印或儲存。</translation>
    </message>
    <message>
        <source>No order is packed at the moment: there are no slips to make.</source>
        <translation>目前沒有已包裝的訂單：無需產生裝箱單。</translation>
    </message>
    <message>
        <source>Stopped: no slips were made.</source>
        <translation>已停止：未產生裝箱單。</translation>
    </message>
    <message>
        <source>Create the slips again for the new choice.</source>
        <translation>選擇已變更，請重新產生裝箱單。</translation>
    </message>
</context>
<context>
    <name>StationPrinter</name>
    <message>
        <source>Packing slip {0}</source>
        <extracomment>A printer name that starts with this prints into the PDF file named after it. Pages are rendered at the printer&apos;s resolution up to this many dots per inch (an A4 page: 35 MB).</extracomment>
        <translation>裝箱單 {0}</translation>
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
    <name>_PdfDialog</name>
    <message>
        <source>C&amp;reate</source>
        <extracomment>As many orders as the packing service puts on one pick list.</extracomment>
        <translation>產生(&amp;R)</translation>
    </message>
    <message>
        <source>The orders selected in the queue (none are selected)</source>
        <translation>訂單清單中所選的訂單（目前未選取）</translation>
    </message>
    <message>
        <source>The selected order {0}</source>
        <translation>所選訂單 {0}</translation>
    </message>
    <message>
        <source>The {0} selected orders</source>
        <translation>所選的 {0} 筆訂單</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
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
        <source>taken to a packing station</source>
        <translation>已由包裝工作站領取</translation>
    </message>
    <message>
        <source>given back by the packing station</source>
        <translation>已由包裝工作站退回佇列</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>packed without scans</source>
        <translation>未掃描直接包裝</translation>
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
        <source>No allocated order is waiting to be packed.</source>
        <translation>沒有等待包裝的已分配訂單。</translation>
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
    <message>
        <source>Order {0} is being packed at {1}.</source>
        <translation>訂單 {0} 正在 {1} 包裝中。</translation>
    </message>
    <message>
        <source>Order {0} cannot be packed yet: the scanned count of {1} does not match the order.</source>
        <translation>訂單 {0} 尚無法包裝：{1} 的掃描數量與訂單不符。</translation>
    </message>
    <message>
        <source>{0} tracking number {1} is already used by order {2}.</source>
        <translation>{0} 物流單號 {1} 已被訂單 {2} 使用。</translation>
    </message>
</context>
<context>
    <name>shipments</name>
    <message>
        <source>Awaiting first scan</source>
        <translation>等待首次掃描</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已建立物流單</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已攬收</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>運送中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>配送中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取件</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>投遞失敗</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延誤</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Returning to sender</source>
        <translation>退回中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unrecognised scan</source>
        <translation>無法辨識的掃描</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>順豐速運</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快遞</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圓通速遞</translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation>申通快遞</translation>
    </message>
    <message>
        <source>Yunda Express</source>
        <translation>韻達快遞</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京東物流</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>中國郵政 EMS</translation>
    </message>
    <message>
        <source>DHL</source>
        <translation>DHL</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>Carrier simulator (demo)</source>
        <translation>模擬貨運公司（示範）</translation>
    </message>
    <message>
        <source>Kuaidi100</source>
        <translation>快遞100</translation>
    </message>
    <message>
        <source>17TRACK</source>
        <translation>17TRACK</translation>
    </message>
    <message>
        <source>no account for it is set up and enabled</source>
        <translation>尚未設定並啟用這家貨運公司的帳戶</translation>
    </message>
    <message>
        <source>it asked us to wait a while (Retry-After)</source>
        <translation>對方要求稍後再查（Retry-After）</translation>
    </message>
    <message>
        <source>it failed several times in a row; paused for a few minutes</source>
        <translation>連續多次失敗，暫停幾分鐘</translation>
    </message>
    <message>
        <source>today&apos;s request quota is used up</source>
        <translation>今天的請求配額已用完</translation>
    </message>
    <message>
        <source>its request rate limit leaves no room right now</source>
        <translation>請求頻率已達上限，暫時無法查詢</translation>
    </message>
    <message>
        <source>{0} was not asked: {1}</source>
        <translation>未向 {0} 查詢：{1}</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
</context>
</TS>
