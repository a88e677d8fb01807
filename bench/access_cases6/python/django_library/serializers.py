from rest_framework import serializers

from .models import Book, Loan, Member, Reservation


class BookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Book
        fields = ["id", "isbn", "title", "author", "branch", "available"]


class LoanSerializer(serializers.ModelSerializer):
    book = BookSerializer(read_only=True)

    class Meta:
        model = Loan
        fields = ["id", "book", "borrowed_at", "due_at", "returned_at", "renewals"]
        read_only_fields = fields


class ReservationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Reservation
        fields = ["id", "book", "pickup_branch", "note", "created_at", "member"]
        read_only_fields = ["created_at", "member"]

    def validate_book(self, book):
        if book.available:
            raise serializers.ValidationError("The book is on the shelf; borrow it directly.")
        return book


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        exclude = ["password", "user_permissions", "groups"]


class PublicMemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["id", "first_name", "home_branch"]
