-- A password someone else chose (an account generated from the staff list, a reset by an administrator) is a first
-- password: after signing in with it the person is taken to change it.
alter table platform.account add column password_is_temporary boolean not null default false;
comment on column platform.account.password_is_temporary is 'Mật khẩu do người khác đặt (tạo hàng loạt, cấp lại): đăng nhập xong phải đổi';
